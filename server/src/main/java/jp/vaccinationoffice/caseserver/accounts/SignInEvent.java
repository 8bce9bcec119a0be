package jp.vaccinationoffice.caseserver.accounts;

/** What the sign-in log records. */
public enum SignInEvent {
  SIGNED_IN,
  /** Wrong password; the account may sign in again after a pause. */
  FAILED,
  /** Wrong password, and that was one failure too many: the account is locked for a while (except from its usual network). */
  LOCKED,
  /** Refused without checking the password: the account or the client address is paused or locked. */
  REFUSED_LOCKED,
  REFUSED_DISABLED,
  UNKNOWN_USER,
  /** Right password, but it is older than the expiry period: the person must change it first. */
  PASSWORD_EXPIRED,
  PASSWORD_SET,
  SIGNED_OUT,
  /** A webapp session with a signed-in user ended without a sign-out: timed out or ended by disabling. */
  SESSION_ENDED,
  UNLOCKED,
  DISABLED
}
