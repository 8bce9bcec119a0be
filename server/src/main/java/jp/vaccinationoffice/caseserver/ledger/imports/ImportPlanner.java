package jp.vaccinationoffice.caseserver.ledger.imports;

import static jp.vaccinationoffice.caseserver.ledger.imports.LedgerColumn.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.ledger.LedgerBulkWriter.NewDose;
import jp.vaccinationoffice.caseserver.ledger.LedgerBulkWriter.NewPerson;
import jp.vaccinationoffice.caseserver.ledger.LedgerBulkWriter.PersonUpdate;
import jp.vaccinationoffice.caseserver.ledger.LedgerSnapshot;
import jp.vaccinationoffice.caseserver.ledger.LedgerSnapshot.HeldPerson;

/**
 * Compares the valid lines of a file with each other and with the ledger, and plans what the import
 * adds. Lines of one person must agree on the person; a dose given twice must be the same dose, in
 * the file and in the ledger alike (the ledger's doses are corrected through a correction request,
 * never overwritten by an import). A held person's names and addressee number follow the file;
 * their birth date and sex must match.
 */
final class ImportPlanner {

  private record FilePerson(int line, String id, HeldPerson held, Ledger.Person person) {}

  private record FileDose(int line, Ledger.Dose dose) {}

  private final LedgerSnapshot ledger;
  private final Consumer<ImportError> errors;
  private final Map<String, FilePerson> persons = new HashMap<>();
  private final Map<String, FileDose> doses = new HashMap<>();
  private final List<ImportPlan.Step> steps = new ArrayList<>();
  private final List<PersonUpdate> updates = new ArrayList<>();
  private int unchanged;

  ImportPlanner(LedgerSnapshot ledger, Consumer<ImportError> errors) {
    this.ledger = ledger;
    this.errors = errors;
  }

  /** Plans one valid line; {@code myNumberIndex} is the keyed hash of its My Number. */
  void add(LedgerRow row, String myNumberIndex) {
    if (ledger.erased(myNumberIndex)) {
      errors.accept(ImportError.at(row.line(), MY_NUMBER, "the ledger records of this 個人番号 were erased on a suspension"
          + " request (消去); leave the person out of the export"));
      return;
    }
    FilePerson person = persons.get(myNumberIndex);
    NewPerson newPerson = null;
    if (person == null) {
      HeldPerson held = ledger.person(myNumberIndex);
      if (held != null && !heldPersonAgrees(row, held)) {
        return;
      }
      person = new FilePerson(row.line(), held == null ? UUID.randomUUID().toString() : held.id(), held, row.person());
      persons.put(myNumberIndex, person);
      if (held == null) {
        newPerson = new NewPerson(person.id(), myNumberIndex, row.person());
      } else if (namesChanged(row.person(), held)) {
        updates.add(new PersonUpdate(held.id(), row.person().addresseeNumber(), row.person().name(),
            row.person().nameKana()));
      }
    } else if (!samePersonAsEarlierLine(row, person.person(), person.line())) {
      return;
    }
    NewDose newDose = planDose(row, myNumberIndex, person);
    if (newPerson != null || newDose != null) {
      steps.add(new ImportPlan.Step(row.line(), newPerson, newDose));
    }
  }

  ImportPlan plan() {
    return new ImportPlan(steps, updates, unchanged);
  }

  private NewDose planDose(LedgerRow row, String myNumberIndex, FilePerson person) {
    Ledger.Dose dose = row.dose();
    String key = myNumberIndex + "#" + dose.doseNumber();
    FileDose earlier = doses.putIfAbsent(key, new FileDose(row.line(), dose));
    if (earlier != null) {
      if (!sameDose(earlier.dose(), dose)) {
        errors.accept(ImportError.at(row.line(), DOSE_NUMBER, "dose " + dose.doseNumber()
            + " of this person is also on line " + earlier.line() + " with different data"));
      } else {
        unchanged++;
      }
      return null;
    }
    Ledger.Dose held = person.held() == null ? null : person.held().doses().get(dose.doseNumber());
    if (held == null) {
      return new NewDose(person.id(), dose);
    }
    if (!sameDose(held, dose)) {
      errors.accept(ImportError.at(row.line(), DOSE_NUMBER, "the ledger holds dose " + dose.doseNumber()
          + " of this person with different data; correct the ledger through a correction request"));
    } else {
      unchanged++;
    }
    return null;
  }

  private boolean heldPersonAgrees(LedgerRow row, HeldPerson held) {
    if (!row.person().birthDate().equals(held.birthDate())) {
      errors.accept(ImportError.at(row.line(), BIRTH_DATE, "differs from the ledger's for this 個人番号"));
      return false;
    }
    if (!row.person().sex().equals(held.sex())) {
      errors.accept(ImportError.at(row.line(), SEX, "differs from the ledger's for this 個人番号"));
      return false;
    }
    return true;
  }

  private boolean samePersonAsEarlierLine(LedgerRow row, Ledger.Person earlier, int earlierLine) {
    Ledger.Person person = row.person();
    LedgerColumn differing = !person.addresseeNumber().equals(earlier.addresseeNumber()) ? ADDRESSEE_NUMBER
        : !person.name().equals(earlier.name()) ? NAME
        : !person.nameKana().equals(earlier.nameKana()) ? NAME_KANA
        : !person.birthDate().equals(earlier.birthDate()) ? BIRTH_DATE
        : !person.sex().equals(earlier.sex()) ? SEX
        : null;
    if (differing != null) {
      errors.accept(ImportError.at(row.line(), differing,
          "differs from line " + earlierLine + " for the same 個人番号"));
    }
    return differing == null;
  }

  private static boolean namesChanged(Ledger.Person person, HeldPerson held) {
    return !person.name().equals(held.name()) || !person.nameKana().equals(held.nameKana())
        || !Objects.equals(person.addresseeNumber(), held.addresseeNumber());
  }

  private static boolean sameDose(Ledger.Dose a, Ledger.Dose b) {
    return a.vaccinatedOn().equals(b.vaccinatedOn()) && a.manufacturer().equals(b.manufacturer())
        && a.product().equals(b.product()) && a.lot().equals(b.lot());
  }
}
