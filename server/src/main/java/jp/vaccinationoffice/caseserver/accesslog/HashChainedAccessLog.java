package jp.vaccinationoffice.caseserver.accesslog;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to {@code access_log}. Each append locks the one-row chain head in the database until its
 * transaction ends, so that appends from several server nodes sharing the database still form a
 * single chain. An access recorded in a transaction is appended when that transaction is about to
 * commit: the log row and the access it records are committed, or rolled back, together, and the
 * head is held only for the commit, not for the rest of the work (an intake's process start, say),
 * which would otherwise put every other logged access in line behind it.
 */
@Component
class HashChainedAccessLog implements AccessLog {

  private static final String INSERT = "INSERT INTO access_log (" + AccessLogTable.COLUMNS
      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final String lockHead;
  private final Clock clock = Clock.systemUTC();

  HashChainedAccessLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DataSource dataSource) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    // H2 gives up on a row lock after one second by default; PostgreSQL waits (and detects deadlocks)
    this.lockHead = "SELECT last_id, last_hash FROM access_log_head WHERE id = 1 FOR UPDATE"
        + (isH2(dataSource) ? " WAIT 30" : "");
  }

  @Override
  public void record(AccessEntry entry) {
    validate(entry);
    if (TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      throw new IllegalStateException("The access log cannot be written in a read-only transaction;"
          + " record accesses in a read-write transaction");
    }
    if (TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isSynchronizationActive()) {
      PendingAppends pending = pendingOfCurrentTransaction();
      if (pending == null) {
        TransactionSynchronizationManager.registerSynchronization(new PendingAppends(entry));
        return;
      }
      if (pending.add(entry)) {
        return;
      }
    }
    transactions.executeWithoutResult(status -> append(entry));
  }

  /** Among the current transaction's synchronizations, so an inner transaction (REQUIRES_NEW) has its own. */
  private PendingAppends pendingOfCurrentTransaction() {
    for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
      if (synchronization instanceof PendingAppends pending && pending.log() == this) {
        return pending;
      }
    }
    return null;
  }

  /** The accesses a transaction recorded, appended in their order just before it commits. */
  private final class PendingAppends implements TransactionSynchronization {
    private final List<AccessEntry> entries = new ArrayList<>();
    private boolean appended;

    PendingAppends(AccessEntry first) {
      entries.add(first);
    }

    HashChainedAccessLog log() {
      return HashChainedAccessLog.this;
    }

    /** False once the entries were appended: a later access of the same transaction is appended at once. */
    boolean add(AccessEntry entry) {
      if (appended) {
        return false;
      }
      entries.add(entry);
      return true;
    }

    /** Runs last of the synchronizations (their default order), in the transaction about to commit. */
    @Override
    public void beforeCommit(boolean readOnly) {
      appended = true;
      entries.forEach(HashChainedAccessLog.this::append);
    }
  }

  private void append(AccessEntry entry) {
    Head head = jdbc.queryForObject(lockHead,
        (rs, rowNum) -> new Head(rs.getLong("last_id"), rs.getString("last_hash")));
    if (head == null) {
      throw new IllegalStateException("access_log_head has no row: the access log cannot be appended to");
    }
    // the database keeps microseconds; hashing the stored value keeps the hash reproducible
    Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    AccessLogRow unsealed = new AccessLogRow(head.lastId() + 1, recordedAt, entry.userId(),
        entry.municipalityCode(), entry.action().name(), entry.subjectType(), entry.subjectId(),
        entry.justification(), entry.clientAddress(), head.lastHash(), null);
    String rowHash = ChainHash.of(unsealed);
    jdbc.update(INSERT, unsealed.id(), recordedAt.atOffset(ZoneOffset.UTC), unsealed.userId(),
        unsealed.municipalityCode(), unsealed.action(), unsealed.subjectType(), unsealed.subjectId(),
        unsealed.justification(), unsealed.clientAddress(), unsealed.previousHash(), rowHash);
    jdbc.update("UPDATE access_log_head SET last_id = ?, last_hash = ? WHERE id = 1", unsealed.id(), rowHash);
  }

  private static void validate(AccessEntry entry) {
    require(entry != null, "an access entry is required");
    require(entry.action() != null, "action is required");
    requireText(entry.userId(), "userId", 64);
    requireText(entry.municipalityCode(), "municipalityCode", 6);
    requireText(entry.subjectType(), "subjectType", 32);
    requireLength(entry.subjectId(), "subjectId", 128);
    requireLength(entry.justification(), "justification", 255);
    requireLength(entry.clientAddress(), "clientAddress", 64);
  }

  private static void requireText(String value, String name, int maxLength) {
    require(value != null && !value.isBlank(), name + " is required");
    requireLength(value, name, maxLength);
  }

  private static void requireLength(String value, String name, int maxLength) {
    require(value == null || value.length() <= maxLength, name + " is longer than " + maxLength + " characters");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("Access log entry refused: " + message);
    }
  }

  private static boolean isH2(DataSource dataSource) {
    try {
      String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
      return "H2".equalsIgnoreCase(product);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database the access log is in", e);
    }
  }

  private record Head(long lastId, String lastHash) {}
}
