package jp.vaccinationoffice.caseserver.portal.procedures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The person a signed-in resident's card was linked to, as the municipality's ledger holds them:
 * the subject of every procedure the resident files. Nothing of it comes from the browser.
 */
@Component
public class LinkedPerson {

  /** The ledger's person; the My Number stays on the server and is never put into a page. */
  public record Person(String personIndex, String myNumber, String name, String nameKana, LocalDate birthDate, String sex,
      List<Dose> doses) {

    @Override
    public String toString() {
      return "Person[" + personIndex + "]";
    }
  }

  /** A dose of the ledger, as the correction form lists it. */
  public record Dose(int doseNumber, LocalDate vaccinatedOn, String manufacturer, String product, String lot) {}

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  LinkedPerson(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  Optional<Person> of(ResidentPrincipal resident) {
    String municipality = resident.municipalityCode();
    List<Person> found = jdbc.query("""
        SELECT p.id, p.my_number_index, p.my_number_sealed, p.name, p.name_kana, p.birth_date, p.sex
        FROM resident_account a JOIN ledger_person p
          ON p.municipality_code = a.municipality_code AND p.my_number_index = a.person_index
        WHERE a.id = ? AND a.municipality_code = ?""",
        (rs, i) -> new Person(rs.getString(2), cipher.open(municipality, rs.getString(3)), rs.getString(4),
            rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7), doses(rs.getString(1))),
        resident.residentId(), municipality);
    return found.stream().findFirst();
  }

  private List<Dose> doses(String personId) {
    return jdbc.query("""
        SELECT dose_number, vaccinated_on, manufacturer, product, lot FROM ledger_dose WHERE person_id = ?
        ORDER BY dose_number""",
        (rs, i) -> new Dose(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
            rs.getString(5)), personId);
  }
}
