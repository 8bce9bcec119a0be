package jp.vaccinationoffice.caseserver.ledger.imports;

import java.util.List;
import jp.vaccinationoffice.caseserver.ledger.LedgerBulkWriter.NewDose;
import jp.vaccinationoffice.caseserver.ledger.LedgerBulkWriter.NewPerson;
import jp.vaccinationoffice.caseserver.ledger.LedgerBulkWriter.PersonUpdate;

/**
 * What importing a valid file changes in the ledger, line by line: each {@link Step} is one line of
 * the file with the person and dose it adds, if any, so that progress can be told in lines.
 */
record ImportPlan(List<Step> steps, List<PersonUpdate> personUpdates, int dosesUnchanged) {

  record Step(int line, NewPerson newPerson, NewDose newDose) {}

  int personsAdded() {
    return (int) steps.stream().filter(step -> step.newPerson() != null).count();
  }

  int dosesAdded() {
    return (int) steps.stream().filter(step -> step.newDose() != null).count();
  }
}
