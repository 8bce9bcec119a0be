package jp.vaccinationoffice.caseserver.accesslog;

/** Kinds of access to specific personal information. */
public enum AccessAction {
  READ,
  SEARCH,
  EXPORT,
  CREATE,
  UPDATE,
  DELETE
}
