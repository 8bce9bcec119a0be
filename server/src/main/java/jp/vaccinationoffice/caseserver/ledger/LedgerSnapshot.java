package jp.vaccinationoffice.caseserver.ledger;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the ledger of one municipality holds, keyed by the My Number index: enough to tell which
 * persons and doses of an import are new, unchanged or in conflict, without opening a sealed value.
 */
public record LedgerSnapshot(Map<String, HeldPerson> persons) {

  public record HeldPerson(String id, String addresseeNumber, String name, String nameKana, LocalDate birthDate,
      String sex, Map<Integer, Ledger.Dose> doses) {}

  public HeldPerson person(String myNumberIndex) {
    return persons.get(myNumberIndex);
  }
}
