package jp.vaccinationoffice.caseserver.accounts.throttle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code sign_in_throttle} table; every node on the database sees the same buckets. */
@Repository
public class ThrottleStore {

  private static final String COLUMNS = "bucket, failures, last_failure_at, blocked_until, locked_until";

  private final JdbcTemplate jdbc;

  public ThrottleStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ThrottleState> find(String bucket) {
    return jdbc.query("SELECT " + COLUMNS + " FROM sign_in_throttle WHERE bucket = ?", ThrottleStore::state, bucket)
        .stream().findFirst();
  }

  /** The rows of these buckets (a null bucket is skipped), by bucket. */
  Map<String, ThrottleState> findAll(String first, String second) {
    List<ThrottleState> found = second == null
        ? jdbc.query("SELECT " + COLUMNS + " FROM sign_in_throttle WHERE bucket = ?", ThrottleStore::state, first)
        : jdbc.query("SELECT " + COLUMNS + " FROM sign_in_throttle WHERE bucket IN (?, ?)", ThrottleStore::state,
            first, second);
    return found.stream().collect(Collectors.toMap(ThrottleState::bucket, state -> state));
  }

  /** Locks the row until the caller's transaction ends, so that failures counted on two nodes add up. */
  Optional<ThrottleState> findForUpdate(String bucket) {
    return jdbc.query("SELECT " + COLUMNS + " FROM sign_in_throttle WHERE bucket = ? FOR UPDATE",
        ThrottleStore::state, bucket).stream().findFirst();
  }

  void insert(ThrottleState state) {
    jdbc.update("INSERT INTO sign_in_throttle (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", state.bucket(),
        state.failures(), timestamp(state.lastFailureAt()), timestamp(state.blockedUntil()),
        timestamp(state.lockedUntil()));
  }

  void update(ThrottleState state) {
    jdbc.update("UPDATE sign_in_throttle SET failures = ?, last_failure_at = ?, blocked_until = ?, locked_until = ?"
            + " WHERE bucket = ?", state.failures(), timestamp(state.lastFailureAt()), timestamp(state.blockedUntil()),
        timestamp(state.lockedUntil()), state.bucket());
  }

  /** After a successful sign-in: the count and the pause end; a lock stays until it lifts. */
  void clearFailures(String bucket) {
    jdbc.update("UPDATE sign_in_throttle SET failures = 0, blocked_until = NULL"
        + " WHERE bucket = ? AND (failures > 0 OR blocked_until IS NOT NULL)", bucket);
  }

  /** Lifts the pause and the lock and forgets the failures; the lock it lifted, if there was one. */
  public Optional<Instant> lift(String bucket) {
    Optional<Instant> lockedUntil = find(bucket).map(ThrottleState::lockedUntil);
    jdbc.update("DELETE FROM sign_in_throttle WHERE bucket = ?", bucket);
    return lockedUntil;
  }

  /** Drops buckets that neither remember a failure nor hold a lock any more. */
  void forgetOlderThan(Instant lastFailureBefore, Instant now) {
    jdbc.update("DELETE FROM sign_in_throttle WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)",
        timestamp(lastFailureBefore), timestamp(now));
  }

  private static ThrottleState state(ResultSet row, int index) throws SQLException {
    return new ThrottleState(row.getString("bucket"), row.getInt("failures"), instant(row.getTimestamp("last_failure_at")),
        instant(row.getTimestamp("blocked_until")), instant(row.getTimestamp("locked_until")));
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
