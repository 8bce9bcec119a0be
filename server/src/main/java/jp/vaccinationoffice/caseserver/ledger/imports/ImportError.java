package jp.vaccinationoffice.caseserver.ledger.imports;

/**
 * What is wrong with one line of an import, by line number (the header is line 1) and column
 * heading (null when the whole line is wrong). Messages never repeat the value they refuse.
 */
public record ImportError(int line, String column, String message) {

  static ImportError at(int line, LedgerColumn column, String message) {
    return new ImportError(line, column.heading(), message);
  }
}
