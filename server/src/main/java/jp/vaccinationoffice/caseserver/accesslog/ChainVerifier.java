package jp.vaccinationoffice.caseserver.accesslog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the access log from its first row and recomputes every hash. It takes no lock, so appends
 * go on while it runs: the chain head is read before the walk (every row up to it must be there
 * and end in its hash) and again after it (no row may lie beyond the head).
 */
@Service
public class ChainVerifier {

  private static final int FETCH_SIZE = 1000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate readOnly;

  ChainVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = new JdbcTemplate(jdbc.getDataSource());
    this.jdbc.setFetchSize(FETCH_SIZE);
    this.readOnly = new TransactionTemplate(transactionManager);
    this.readOnly.setReadOnly(true);
  }

  public ChainVerification verify() {
    // a transaction lets PostgreSQL stream the rows through a cursor instead of loading them all
    return readOnly.execute(status -> walk());
  }

  private ChainVerification walk() {
    Head before = head();
    if (before == null) {
      return ChainVerification.broken(0, null, "the chain head (access_log_head) is missing");
    }
    Walk walk = jdbc.query("SELECT " + AccessLogTable.COLUMNS + " FROM access_log ORDER BY id",
        (ResultSet rs) -> walk(rs, before));
    if (walk.broken() != null) {
      return walk.broken();
    }
    if (walk.lastId() < before.lastId()) {
      return ChainVerification.broken(walk.checked(), walk.lastId() + 1, "row missing at the end of the chain");
    }
    Head after = head();
    if (after == null) {
      return ChainVerification.broken(walk.checked(), null, "the chain head (access_log_head) is missing");
    }
    if (walk.lastId() > after.lastId()) {
      return ChainVerification.broken(walk.checked(), after.lastId() + 1, "row beyond the chain head");
    }
    return ChainVerification.intact(walk.checked());
  }

  private static Walk walk(ResultSet rs, Head head) throws SQLException {
    long expectedId = 1;
    String previousHash = ChainHash.GENESIS;
    long checked = 0;
    while (rs.next()) {
      AccessLogRow row = AccessLogTable.row(rs, (int) checked);
      checked++;
      if (row.id() != expectedId) {
        return Walk.broken(checked, expectedId, "row missing (the next row has id " + row.id() + ")");
      }
      if (!previousHash.equals(row.previousHash())) {
        return Walk.broken(checked, row.id(), "previous_hash does not match the row before");
      }
      if (!ChainHash.of(row).equals(row.rowHash())) {
        return Walk.broken(checked, row.id(), "the row's contents do not match its row_hash");
      }
      if (row.id() == head.lastId() && !row.rowHash().equals(head.lastHash())) {
        return Walk.broken(checked, row.id(), "row_hash does not match the chain head");
      }
      previousHash = row.rowHash();
      expectedId++;
    }
    return new Walk(checked, expectedId - 1, null);
  }

  private Head head() {
    List<Head> heads = jdbc.query("SELECT last_id, last_hash FROM access_log_head WHERE id = 1",
        (rs, rowNum) -> new Head(rs.getLong("last_id"), rs.getString("last_hash")));
    return heads.isEmpty() ? null : heads.get(0);
  }

  private record Head(long lastId, String lastHash) {}

  private record Walk(long checked, long lastId, ChainVerification broken) {

    static Walk broken(long checked, long rowId, String problem) {
      return new Walk(checked, rowId - 1, ChainVerification.broken(checked, rowId, problem));
    }
  }
}
