package jp.vaccinationoffice.caseserver.movein;

/** The states of a move-in record query, as the process moves it along. */
public enum MoveInStatus {
  RECEIVED,
  CONSENT_NOT_GIVEN,
  CONSENT_WITHDRAWN,
  IDENTITY_NOT_VERIFIED,
  REGISTRY_MISMATCH,
  NOT_PERMITTED,
  QUERYING_VRS,
  RECORDS_NOT_FOUND,
  TICKET_ISSUED,
  CLOSED_NO_RECORDS
}
