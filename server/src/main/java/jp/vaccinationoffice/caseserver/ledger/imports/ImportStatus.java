package jp.vaccinationoffice.caseserver.ledger.imports;

/** Where an import stands. */
public enum ImportStatus {
  /** being read, checked or written: see {@link ImportPhase} */
  RUNNING,
  /** every line is in the ledger */
  COMPLETED,
  /** the file has errors; nothing was imported */
  REJECTED,
  /** a technical failure (the server stopped, the ledger changed meanwhile); nothing was imported */
  FAILED
}
