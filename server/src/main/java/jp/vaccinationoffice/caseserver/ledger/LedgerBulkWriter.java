package jp.vaccinationoffice.caseserver.ledger;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes persons and doses into the ledger in JDBC batches, one or many at a time, and reads a
 * municipality's whole ledger for an import to compare with. The caller owns the transaction.
 */
@Service
public class LedgerBulkWriter {

  /** A person to add, with the id chosen for them and their My Number's index. */
  public record NewPerson(String id, String myNumberIndex, Ledger.Person person) {}

  /** New values of a held person's name, name in kana and addressee number. */
  public record PersonUpdate(String id, String addresseeNumber, String name, String nameKana) {}

  /** A dose to add to a person, held or new. */
  public record NewDose(String personId, Ledger.Dose dose) {}

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  public LedgerBulkWriter(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  public LedgerSnapshot snapshot(String municipalityCode) {
    Map<String, LedgerSnapshot.HeldPerson> byIndex = new HashMap<>();
    Map<String, Map<Integer, Ledger.Dose>> dosesByPerson = new HashMap<>();
    jdbc.query("""
        SELECT d.person_id, d.dose_number, d.vaccinated_on, d.manufacturer, d.product, d.lot, d.ticket_number
        FROM ledger_dose d JOIN ledger_person p ON p.id = d.person_id WHERE p.municipality_code = ?""",
        rs -> {
          dosesByPerson.computeIfAbsent(rs.getString(1), id -> new HashMap<>()).put(rs.getInt(2), new Ledger.Dose(
              rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
        }, municipalityCode);
    jdbc.query("""
        SELECT id, my_number_index, addressee_number, name, name_kana, birth_date, sex
        FROM ledger_person WHERE municipality_code = ?""",
        rs -> {
          String id = rs.getString(1);
          byIndex.put(rs.getString(2), new LedgerSnapshot.HeldPerson(id, rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7), dosesByPerson.getOrDefault(id, Map.of())));
        }, municipalityCode);
    Set<String> erased = new HashSet<>(jdbc.queryForList(
        "SELECT person_index FROM processing_restriction WHERE municipality_code = ? AND measure = 'ERASE'", String.class,
        municipalityCode));
    return new LedgerSnapshot(byIndex, erased);
  }

  public void addPersons(String municipalityCode, List<NewPerson> persons, Timestamp now) {
    List<Object[]> rows = new ArrayList<>(persons.size());
    for (NewPerson added : persons) {
      Ledger.Person person = added.person();
      rows.add(new Object[] {added.id(), municipalityCode, person.addresseeNumber(),
          cipher.seal(municipalityCode, person.myNumber()), added.myNumberIndex(), person.name(), person.nameKana(),
          Date.valueOf(person.birthDate()), person.sex(), now});
    }
    jdbc.batchUpdate("""
        INSERT INTO ledger_person (id, municipality_code, addressee_number, my_number_sealed, my_number_index,
            name, name_kana, birth_date, sex, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
  }

  public void updatePersons(List<PersonUpdate> updates, Timestamp now) {
    List<Object[]> rows = updates.stream()
        .map(update -> new Object[] {update.addresseeNumber(), update.name(), update.nameKana(), now, update.id()})
        .toList();
    jdbc.batchUpdate("UPDATE ledger_person SET addressee_number = ?, name = ?, name_kana = ?, updated_at = ? WHERE id = ?",
        rows);
  }

  public void addDoses(List<NewDose> doses, String source) {
    List<Object[]> rows = new ArrayList<>(doses.size());
    for (NewDose added : doses) {
      Ledger.Dose dose = added.dose();
      rows.add(new Object[] {added.personId(), dose.doseNumber(), Date.valueOf(dose.vaccinatedOn()), dose.manufacturer(),
          dose.product(), dose.lot(), dose.ticketNumber(), source});
    }
    jdbc.batchUpdate("""
        INSERT INTO ledger_dose (person_id, dose_number, vaccinated_on, manufacturer, product, lot, ticket_number, source)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
  }
}
