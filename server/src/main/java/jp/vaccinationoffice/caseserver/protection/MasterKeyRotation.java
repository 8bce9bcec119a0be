package jp.vaccinationoffice.caseserver.protection;

import java.time.Instant;
import java.util.List;
import jp.vaccinationoffice.caseserver.protection.WrappedKeyTable.MasterKeyMismatchException;
import jp.vaccinationoffice.caseserver.protection.WrappedKeyTable.Row;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-wraps every municipality key under a new master key, all in one transaction: either every key
 * moves or none does. The municipality keys themselves stay the same, so every token and index
 * written before stays valid, and the old master key is not needed afterwards.
 */
class MasterKeyRotation {

  private final WrappedKeyTable table;
  private final TransactionTemplate transaction;

  MasterKeyRotation(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.table = new WrappedKeyTable(jdbc);
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Keys already under the new master key (a repeated run) are checked and left as they are. */
  Result rotate(MasterKey current, MasterKey next) {
    return transaction.execute(status -> {
      List<Row> rows = table.allForUpdate();
      int rewrapped = 0;
      int alreadyUnderNext = 0;
      Instant now = Instant.now();
      for (Row row : rows) {
        if (row.masterKeyId().equals(next.id())) {
          row.unwrapWith(next);
          alreadyUnderNext++;
          continue;
        }
        Row moved = row.rewrappedUnder(current, next);
        if (table.rewrap(moved, current.id(), now) != 1) {
          throw new MasterKeyMismatchException("The " + row + " changed during the rotation.");
        }
        rewrapped++;
      }
      return new Result(rows.size(), rewrapped, alreadyUnderNext);
    });
  }

  record Result(int keys, int rewrapped, int alreadyUnderNext) {}
}
