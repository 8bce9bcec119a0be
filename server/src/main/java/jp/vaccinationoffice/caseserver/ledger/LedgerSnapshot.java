package jp.vaccinationoffice.caseserver.ledger;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the ledger of one municipality holds, keyed by the My Number index: enough to tell which
 * persons and doses of an import are new, unchanged or in conflict, without opening a sealed value.
 * {@code erased} are the indexes of persons whose ledger records a suspension request erased (消去).
 */
public record LedgerSnapshot(Map<String, HeldPerson> persons, Set<String> erased) {

  public LedgerSnapshot(Map<String, HeldPerson> persons) {
    this(persons, Set.of());
  }

  public record HeldPerson(String id, String addresseeNumber, String name, String nameKana, LocalDate birthDate,
      String sex, Map<Integer, Ledger.Dose> doses) {}

  public HeldPerson person(String myNumberIndex) {
    return persons.get(myNumberIndex);
  }

  public boolean erased(String myNumberIndex) {
    return erased.contains(myNumberIndex);
  }
}
