package jp.vaccinationoffice.workers.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Idempotency keys of national-system calls, derived from the case activity and recorded in
 * {@code national_system_call} before the call is sent. Timestamps are stored as UTC.
 */
public class IdempotencyKeys {

  private static final String COLUMNS =
      "idempotency_key, case_id, activity_id, activity_scope, national_system, operation, attempts, created_at, last_attempt_at, completed_at, outcome";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The key of a call: hex SHA-256 of the case, activity, scope, system and operation. The system
   * and operation are part of it so that one activity making two different calls gets two keys.
   */
  public static String derive(CallScope scope, NationalSystem system, String operation) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {scope.caseId(), scope.activityId(), scope.scope(), system.name(), operation}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha256.update(bytes);
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Records an attempt before the call is sent: inserts the row, or counts one more attempt on it. */
  public String begin(CallScope scope, NationalSystem system, String operation) {
    String key = derive(scope, system, operation);
    Timestamp now = now();
    if (countAttempt(key, now) == 0) {
      try {
        jdbc.update(
            "INSERT INTO national_system_call (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, NULL, NULL)",
            key, scope.caseId(), scope.activityId(), scope.scope(), system.name(), operation, now, now);
      } catch (DuplicateKeyException raceWithAnotherAttempt) {
        countAttempt(key, now);
      }
    }
    return key;
  }

  /** The call got an answer: a business outcome, or REJECTED. */
  public void completed(String key, String outcome) {
    jdbc.update("UPDATE national_system_call SET completed_at = ?, outcome = ? WHERE idempotency_key = ?", now(), outcome, key);
  }

  /** The call failed technically; it has no answer yet and may be tried again. */
  public void failed(String key, String outcome) {
    jdbc.update("UPDATE national_system_call SET outcome = ? WHERE idempotency_key = ?", outcome, key);
  }

  public Optional<NationalSystemCall> find(String key) {
    return jdbc.query("SELECT " + COLUMNS + " FROM national_system_call WHERE idempotency_key = ?", IdempotencyKeys::row, key)
        .stream().findFirst();
  }

  private int countAttempt(String key, Timestamp now) {
    return jdbc.update(
        "UPDATE national_system_call SET attempts = attempts + 1, last_attempt_at = ? WHERE idempotency_key = ?", now, key);
  }

  private Timestamp now() {
    return Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  private static NationalSystemCall row(ResultSet rs, int rowNum) throws SQLException {
    return new NationalSystemCall(
        rs.getString("idempotency_key"),
        rs.getString("case_id"),
        rs.getString("activity_id"),
        rs.getString("activity_scope"),
        NationalSystem.valueOf(rs.getString("national_system")),
        rs.getString("operation"),
        rs.getInt("attempts"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("last_attempt_at")),
        instant(rs.getTimestamp("completed_at")),
        rs.getString("outcome"));
  }

  private static Instant instant(Timestamp utc) {
    return utc == null ? null : utc.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
