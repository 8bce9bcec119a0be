package jp.vaccinationoffice.caseserver.ledger.imports;

/** The steps of a running import. */
public enum ImportPhase {
  /** reading the lines and checking each of them */
  CHECKING,
  /** writing into the ledger; {@code rowsImported} counts the lines written */
  WRITING
}
