package jp.vaccinationoffice.workers.gateway.vrs;

/** Whether the addressed municipality's VRS partition holds the person. */
public enum RecordsOutcome {
  FOUND,
  NOT_FOUND
}
