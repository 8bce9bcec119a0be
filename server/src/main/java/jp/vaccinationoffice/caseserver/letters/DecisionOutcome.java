package jp.vaccinationoffice.caseserver.letters;

/** A correction or suspension request granted in full, in part, or not at all. */
public enum DecisionOutcome {
  GRANTED,
  PARTLY_GRANTED,
  REFUSED
}
