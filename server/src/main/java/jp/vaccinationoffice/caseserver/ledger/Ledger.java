package jp.vaccinationoffice.caseserver.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
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

  public Ledger(JdbcTemplate jdbc, PersonalDataCipher cipher, CaseJournal journal) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.journal = journal;
  }

  /** Adds the doses the ledger does not hold yet; returns the person's ledger id. */
  @Transactional
  public String addDoses(String municipalityCode, Person person, List<Dose> doses, String source) {
    String index = cipher.index(municipalityCode, person.myNumber());
    String personId = findPerson(municipalityCode, index).orElseGet(() -> insertPerson(municipalityCode, person, index));
    for (Dose dose : doses) {
      Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_dose WHERE person_id = ? AND dose_number = ?",
          Integer.class, personId, dose.doseNumber());
      if (held != null && held == 0) {
        jdbc.update("""
            INSERT INTO ledger_dose (person_id, dose_number, vaccinated_on, manufacturer, product, lot, ticket_number, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            personId, dose.doseNumber(), dose.vaccinatedOn(), dose.manufacturer(), dose.product(), dose.lot(),
            dose.ticketNumber(), source);
      }
    }
    return personId;
  }

  public Optional<String> findPerson(String municipalityCode, String myNumberIndex) {
    return jdbc.queryForList("SELECT id FROM ledger_person WHERE municipality_code = ? AND my_number_index = ?",
        String.class, municipalityCode, myNumberIndex).stream().findFirst();
  }

  private String insertPerson(String municipalityCode, Person person, String index) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        INSERT INTO ledger_person (id, municipality_code, addressee_number, my_number_sealed, my_number_index,
            name, name_kana, birth_date, sex, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, municipalityCode, person.addresseeNumber(), cipher.seal(municipalityCode, person.myNumber()), index,
        person.name(), person.nameKana(), person.birthDate(), person.sex(), journal.now());
    return id;
  }
}
