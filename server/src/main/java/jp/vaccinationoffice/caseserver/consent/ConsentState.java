package jp.vaccinationoffice.caseserver.consent;

/** Where a consent stands. Only a confirmed consent may be used, and only once it is used is it spent. */
public enum ConsentState {
  /** Recorded at intake; the signed form is not yet seen. */
  RECORDED,
  /** The signed form is held: the consent may be used. */
  CONFIRMED,
  /** The clerk found no valid signed form. */
  NOT_GIVEN,
  /** Used for the query it was given for. */
  USED,
  /** Withdrawn by the resident; never usable again. */
  WITHDRAWN
}
