package jp.vaccinationoffice.workers.gateway.registry;

/** Whether the number belongs to a resident of the municipality with matching basic items. */
public enum VerificationOutcome {
  MATCHED,
  MISMATCHED,
  NOT_REGISTERED
}
