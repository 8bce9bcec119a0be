package jp.vaccinationoffice.caseserver.accesslog;

/**
 * Kinds of access to specific personal information, and the security events auditors must see
 * beside them ({@link #ALERT}, {@link #UNLOCK}).
 */
public enum AccessAction {
  READ,
  SEARCH,
  EXPORT,
  CREATE,
  UPDATE,
  DELETE,
  /** Personal data presented to the server was refused unused, e.g. a My Number card's data that failed a check. */
  REFUSE,
  /** A sign-in lock started: an account or a client address failed too often (subject type SIGN_IN). */
  ALERT,
  /** A sign-in lock was lifted before its time, e.g. by the command-line unlock (subject type SIGN_IN). */
  UNLOCK
}
