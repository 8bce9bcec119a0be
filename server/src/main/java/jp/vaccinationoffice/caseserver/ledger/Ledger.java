package jp.vaccinationoffice.caseserver.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.ledger.LedgerBulkWriter.NewDose;
import jp.vaccinationoffice.caseserver.ledger.LedgerBulkWriter.NewPerson;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's vaccination ledger (予防接種台帳). Persons are found by the keyed-hash index of their My
 * Number; the number itself is stored sealed.
 */
@Service
public class Ledger {

  public record Person(String addresseeNumber, String myNumber, String name, String nameKana, LocalDate birthDate, String sex) {}

  public record Dose(int doseNumber, LocalDate vaccinatedOn, String manufacturer, String product, String lot, String ticketNumber) {}

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final CaseJournal journal;
  private final LedgerBulkWriter writer;

  public Ledger(JdbcTemplate jdbc, PersonalDataCipher cipher, CaseJournal journal, LedgerBulkWriter writer) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.journal = journal;
    this.writer = writer;
  }

  /** Adds the doses the ledger does not hold yet; returns the person's ledger id. */
  @Transactional
  public String addDoses(String municipalityCode, Person person, List<Dose> doses, String source) {
    String index = cipher.index(municipalityCode, person.myNumber());
    String personId = findPerson(municipalityCode, index).orElseGet(() -> {
      String id = UUID.randomUUID().toString();
      writer.addPersons(municipalityCode, List.of(new NewPerson(id, index, person)), journal.now());
      return id;
    });
    List<Integer> held = jdbc.queryForList("SELECT dose_number FROM ledger_dose WHERE person_id = ?", Integer.class,
        personId);
    writer.addDoses(doses.stream().filter(dose -> !held.contains(dose.doseNumber()))
        .map(dose -> new NewDose(personId, dose)).toList(), source);
    return personId;
  }

  public Optional<String> findPerson(String municipalityCode, String myNumberIndex) {
    return jdbc.queryForList("SELECT id FROM ledger_person WHERE municipality_code = ? AND my_number_index = ?",
        String.class, municipalityCode, myNumberIndex).stream().findFirst();
  }

  /** The dose items a correction may change, by their column. */
  private static final Set<String> CORRECTABLE_COLUMNS =
      Set.of("dose_number", "vaccinated_on", "manufacturer", "product", "lot");

  /** Sets one item of a dose to a value already checked by the caller (a granted correction). */
  public void correctDose(long doseId, String column, Object value) {
    if (!CORRECTABLE_COLUMNS.contains(column)) {
      throw new IllegalArgumentException("a dose has no correctable item " + column);
    }
    jdbc.update("UPDATE ledger_dose SET " + column + " = ? WHERE id = ?", value, doseId);
  }

  /** Counts of what an erasure removed from the ledger. */
  public record Erased(int doses, int persons) {}

  /** Removes a person and their doses from the ledger (an erasure the law requires). */
  public Erased erasePerson(String personId) {
    int doses = jdbc.update("DELETE FROM ledger_dose WHERE person_id = ?", personId);
    int persons = jdbc.update("DELETE FROM ledger_person WHERE id = ?", personId);
    return new Erased(doses, persons);
  }
}
