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
  /** A sign-in lock started: an account or a client address failed too often (subject type SIGN_IN). */
  ALERT,
  /** A sign-in lock was lifted before its time, e.g. by the command-line unlock (subject type SIGN_IN). */
  UNLOCK
}
