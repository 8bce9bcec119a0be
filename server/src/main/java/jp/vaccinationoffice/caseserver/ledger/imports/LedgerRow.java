package jp.vaccinationoffice.caseserver.ledger.imports;

import jp.vaccinationoffice.caseserver.ledger.Ledger;

/** One valid line of the export: a dose given to a person. */
record LedgerRow(int line, Ledger.Person person, Ledger.Dose dose) {}
