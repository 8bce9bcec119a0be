package jp.vaccinationoffice.simulators.intermediate;

/** What the providing municipality did with an inquiry. */
public enum ProvisionOutcome {
  PROVIDED,
  NOT_FOUND,
  REFUSED
}
