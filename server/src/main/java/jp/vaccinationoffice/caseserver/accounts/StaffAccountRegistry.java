package jp.vaccinationoffice.caseserver.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code staff_account} table. Rows are never deleted. Written from inside engine commands too,
 * where the JDBC template joins the engine's transaction (same data source, Spring-managed).
 * Accounts from before this table existed get their row the first time they are seen.
 */
@Repository
public class StaffAccountRegistry {

  private static final String COLUMNS = "user_id, municipality_code, created_at, password_changed_at, admin_since,"
      + " disabled_at, disabled_by, disabled_reason, deleted_at";

  private final JdbcTemplate jdbc;

  public StaffAccountRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StaffAccount> find(String userId) {
    List<StaffAccount> found = jdbc.query("SELECT " + COLUMNS + " FROM staff_account WHERE user_id = ?",
        StaffAccountRegistry::account, userId);
    return found.stream().findFirst();
  }

  public boolean isKnown(String userId) {
    return count("SELECT COUNT(*) FROM staff_account WHERE user_id = ?", userId) > 0;
  }

  /** Adds the row unless it exists; the password clock starts now. */
  public void register(String userId, Instant now) {
    jdbc.update("INSERT INTO staff_account (user_id, created_at, password_changed_at)"
            + " SELECT CAST(? AS VARCHAR(255)), CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP)"
            + " WHERE NOT EXISTS (SELECT 1 FROM staff_account WHERE user_id = ?)",
        userId, timestamp(now), timestamp(now), userId);
  }

  public void passwordChanged(String userId, Instant at) {
    register(userId, at);
    jdbc.update("UPDATE staff_account SET password_changed_at = ? WHERE user_id = ?", timestamp(at), userId);
  }

  public void municipality(String userId, String municipalityCode, Instant now) {
    register(userId, now);
    jdbc.update("UPDATE staff_account SET municipality_code = ? WHERE user_id = ?", municipalityCode, userId);
  }

  /** Remembers the first time the account joined the administrator group; never cleared. */
  public void becameAdmin(String userId, Instant at) {
    register(userId, at);
    jdbc.update("UPDATE staff_account SET admin_since = ? WHERE user_id = ? AND admin_since IS NULL",
        timestamp(at), userId);
  }

  public boolean anyAdministratorEver() {
    return count("SELECT COUNT(*) FROM staff_account WHERE admin_since IS NOT NULL") > 0;
  }

  public void disabled(String userId, Instant at, String byUserId, String reason) {
    register(userId, at);
    jdbc.update("UPDATE staff_account SET disabled_at = ?, disabled_by = ?, disabled_reason = ?"
        + " WHERE user_id = ? AND disabled_at IS NULL", timestamp(at), byUserId, reason, userId);
  }

  public void deleted(String userId, Instant at) {
    register(userId, at);
    jdbc.update("UPDATE staff_account SET deleted_at = ? WHERE user_id = ?", timestamp(at), userId);
  }

  private long count(String sql, Object... arguments) {
    Long count = jdbc.queryForObject(sql, Long.class, arguments);
    return count == null ? 0 : count;
  }

  private static StaffAccount account(ResultSet row, int index) throws SQLException {
    return new StaffAccount(
        row.getString("user_id"),
        row.getString("municipality_code"),
        instant(row.getTimestamp("created_at")),
        instant(row.getTimestamp("password_changed_at")),
        instant(row.getTimestamp("admin_since")),
        instant(row.getTimestamp("disabled_at")),
        row.getString("disabled_by"),
        row.getString("disabled_reason"),
        instant(row.getTimestamp("deleted_at")));
  }

  private static Timestamp timestamp(Instant instant) {
    return Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
