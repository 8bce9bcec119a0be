package jp.vaccinationoffice.caseserver.ledger.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The imports and the errors of rejected ones. Progress is written in its own short transaction, so
 * that it shows while the import's own transaction is still open.
 */
@Repository
class LedgerImportStore {

  /** An import whose progress has not moved for this long was cut off by a stopped server. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

  record Counts(int rowsTotal, int personsAdded, int personsUpdated, int dosesAdded, int dosesUnchanged) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separately;
  private final Clock clock;

  LedgerImportStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  void create(String id, String municipalityCode, String fileName, String sha256, long bytes, String encoding,
      String startedBy) {
    Timestamp now = now();
    jdbc.update("""
        INSERT INTO ledger_import (id, municipality_code, file_name, file_sha256, file_bytes, encoding, status, phase,
            rows_imported, error_count, started_by, started_at, progress_at)
        VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', 'CHECKING', 0, 0, ?, ?, ?)""",
        id, municipalityCode, fileName, sha256, bytes, encoding, startedBy, now, now);
  }

  /**
   * Locks the municipality's row until the caller's transaction ends, so that of two starts of an
   * import, on this node or another on the same database, the second sees the first one running.
   */
  void lockMunicipality(String municipalityCode) {
    jdbc.queryForList("SELECT code FROM municipality WHERE code = ? FOR UPDATE", String.class, municipalityCode);
  }

  /** Marks the municipality's imports that a stopped server left running as failed. */
  void closeAbandoned(String municipalityCode) {
    jdbc.update("""
        UPDATE ledger_import SET status = 'FAILED', phase = NULL, finished_at = ?,
            failure = 'the server stopped during the import; nothing was imported'
        WHERE municipality_code = ? AND status = 'RUNNING' AND progress_at < ?""",
        now(), municipalityCode, Timestamp.from(clock.instant().minus(ABANDONED_AFTER)));
  }

  Optional<String> running(String municipalityCode) {
    return jdbc.queryForList("SELECT id FROM ledger_import WHERE municipality_code = ? AND status = 'RUNNING'",
        String.class, municipalityCode).stream().findFirst();
  }

  void progress(String id, ImportPhase phase, Integer rowsTotal, int rowsImported) {
    separately.executeWithoutResult(status -> jdbc.update("""
        UPDATE ledger_import SET phase = ?, rows_total = COALESCE(?, rows_total), rows_imported = ?, progress_at = ?
        WHERE id = ?""", phase.name(), rowsTotal, rowsImported, now(), id));
  }

  void reject(String id, int rowsTotal, int errorCount, List<ImportError> errors) {
    separately.executeWithoutResult(status -> {
      jdbc.update("""
          UPDATE ledger_import SET status = 'REJECTED', phase = NULL, rows_total = ?, rows_imported = 0, error_count = ?,
              finished_at = ?, progress_at = ? WHERE id = ?""", rowsTotal, errorCount, now(), now(), id);
      List<Object[]> rows = new ArrayList<>(errors.size());
      for (int i = 0; i < errors.size(); i++) {
        ImportError error = errors.get(i);
        rows.add(new Object[] {id, i + 1, error.line(), error.column(), error.message()});
      }
      jdbc.batchUpdate("INSERT INTO ledger_import_error (import_id, seq, line, column_name, message) VALUES (?, ?, ?, ?, ?)",
          rows);
    });
  }

  /** Marks the import completed, in the transaction that wrote the ledger. */
  void complete(String id, Counts counts) {
    jdbc.update("""
        UPDATE ledger_import SET status = 'COMPLETED', phase = NULL, rows_total = ?, rows_imported = ?, persons_added = ?,
            persons_updated = ?, doses_added = ?, doses_unchanged = ?, finished_at = ?, progress_at = ? WHERE id = ?""",
        counts.rowsTotal(), counts.rowsTotal(), counts.personsAdded(), counts.personsUpdated(), counts.dosesAdded(),
        counts.dosesUnchanged(), now(), now(), id);
  }

  void fail(String id, String failure) {
    separately.executeWithoutResult(status -> jdbc.update("""
        UPDATE ledger_import SET status = 'FAILED', phase = NULL, rows_imported = 0, failure = ?, finished_at = ?,
            progress_at = ? WHERE id = ?""", failure, now(), now(), id));
  }

  Optional<LedgerImportView> find(String municipalityCode, String id) {
    return jdbc.query("SELECT * FROM ledger_import WHERE id = ? AND municipality_code = ?",
        (rs, i) -> view(rs, errors(id)), id, municipalityCode).stream().findFirst();
  }

  List<LedgerImportView> latest(String municipalityCode, int limit) {
    return jdbc.query("SELECT * FROM ledger_import WHERE municipality_code = ? ORDER BY started_at DESC LIMIT ?",
        (rs, i) -> view(rs, List.of()), municipalityCode, limit);
  }

  private List<ImportError> errors(String id) {
    return jdbc.query("SELECT line, column_name, message FROM ledger_import_error WHERE import_id = ? ORDER BY seq",
        (rs, i) -> new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3)), id);
  }

  private static LedgerImportView view(ResultSet rs, List<ImportError> errors) throws SQLException {
    String phase = rs.getString("phase");
    return new LedgerImportView(rs.getString("id"), ImportStatus.valueOf(rs.getString("status")),
        phase == null ? null : ImportPhase.valueOf(phase), rs.getString("file_name"), rs.getLong("file_bytes"),
        rs.getString("encoding"), integer(rs, "rows_total"), rs.getInt("rows_imported"), integer(rs, "persons_added"),
        integer(rs, "persons_updated"), integer(rs, "doses_added"), integer(rs, "doses_unchanged"),
        rs.getInt("error_count"), errors, rs.getString("failure"), rs.getString("started_by"),
        instant(rs, "started_at"), instant(rs, "finished_at"));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
