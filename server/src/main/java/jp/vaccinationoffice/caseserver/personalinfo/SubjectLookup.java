package jp.vaccinationoffice.caseserver.personalinfo;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Subject;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the person a request is about among the people this municipality holds records of (its
 * ledger and its cases), by the keyed-hash index of the My Number or by name, birth date and sex.
 * The index found is how the request names its subject.
 */
@Component
class SubjectLookup {

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  SubjectLookup(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  Optional<String> indexOf(String municipalityCode, RequestValidation.Validated request) {
    if (request.subjectNumber() != null) {
      String index = cipher.index(municipalityCode, request.subjectNumber().digits());
      Integer known = jdbc.queryForObject("""
          SELECT (SELECT COUNT(*) FROM ledger_person WHERE municipality_code = ? AND my_number_index = ?)
               + (SELECT COUNT(*) FROM case_file WHERE municipality_code = ? AND my_number_index = ?)""",
          Integer.class, municipalityCode, index, municipalityCode, index);
      return known != null && known > 0 ? Optional.of(index) : Optional.empty();
    }
    Subject subject = request.request().subject();
    String name = compact(subject.familyName() + subject.givenName());
    List<String[]> candidates = jdbc.query("""
        SELECT name, my_number_index FROM ledger_person WHERE municipality_code = ? AND birth_date = ? AND sex = ?""",
        (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, municipalityCode,
        Date.valueOf(subject.birthDate()), subject.sex());
    List<String> matches = candidates.stream().filter(c -> compact(c[0]).equals(name)).map(c -> c[1]).toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  private static String compact(String name) {
    return name.replaceAll("[\\s\\u3000]", "");
  }
}
