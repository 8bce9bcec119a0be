package jp.vaccinationoffice.workers.gateway.intermediate;

/** What this municipality did with an inquiry. */
public enum ProvisionOutcome {
  PROVIDED,
  NOT_FOUND,
  REFUSED
}
