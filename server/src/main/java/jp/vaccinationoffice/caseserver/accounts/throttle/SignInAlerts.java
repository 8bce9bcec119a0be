package jp.vaccinationoffice.caseserver.accounts.throttle;

import java.time.Instant;
import java.util.List;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accesslog.AccessSubjects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows in the access log when a sign-in lock starts or is lifted, so that auditors see attacks
 * beside the accesses they review. A row goes to the account's municipality; an address lock, or an
 * account without a municipality, concerns the whole installation and goes to every municipality.
 * The user id as typed is only written for an account that exists.
 */
public class SignInAlerts {

  /** Stands for "no account" in the access log's user column. */
  static final String NO_ACCOUNT = "-";

  private final AccessLog accessLog;
  private final JdbcTemplate jdbc;

  public SignInAlerts(AccessLog accessLog, JdbcTemplate jdbc) {
    this.accessLog = accessLog;
    this.jdbc = jdbc;
  }

  void accountLocked(String userId, int failures, Instant until, String address) {
    write(AccessAction.ALERT, userId, userId, address,
        "account locked until " + until + " after " + failures + " failed sign-ins; last from " + shown(address));
  }

  void addressLocked(String bucket, int failures, Instant until, String address) {
    write(AccessAction.ALERT, NO_ACCOUNT, bucket, address,
        "address locked until " + until + " after " + failures + " failed sign-ins from it");
  }

  /** The lock of an existing account lifted by {@code by} (e.g. {@code cli:root}); the municipalities whose log got the row. */
  public List<String> accountUnlocked(String userId, Instant lockedUntil, String by) {
    return write(AccessAction.UNLOCK, userId, userId, null, "sign-in lock" + (lockedUntil == null ? "" : " until "
        + lockedUntil) + " lifted by " + by);
  }

  private List<String> write(AccessAction action, String userId, String subjectId, String address, String what) {
    String user = userId.length() > 64 ? userId.substring(0, 64) : userId;
    String subject = subjectId.length() > 128 ? subjectId.substring(0, 128) : subjectId;
    String justification = what.length() > 255 ? what.substring(0, 255) : what;
    List<String> municipalities = municipalitiesOf(userId);
    for (String municipality : municipalities) {
      accessLog.record(new AccessEntry(user, municipality, action, AccessSubjects.SIGN_IN, subject, justification,
          address == null || address.length() > 64 ? null : address));
    }
    return municipalities;
  }

  private List<String> municipalitiesOf(String userId) {
    List<String> own = NO_ACCOUNT.equals(userId) ? List.of() : jdbc.queryForList(
        "SELECT municipality_code FROM staff_account WHERE user_id = ? AND municipality_code IS NOT NULL",
        String.class, userId);
    return own.isEmpty() ? jdbc.queryForList("SELECT code FROM municipality ORDER BY code", String.class) : own;
  }

  private static String shown(String address) {
    return address == null ? "the server itself" : address;
  }
}
