package jp.vaccinationoffice.caseserver.cases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the resident registry reported a support measure (DV等支援措置) for a person in one of
 * the municipality's cases: their address is then shown to no one whose work does not need it.
 */
@Component
public class SupportMeasures {

  private final JdbcTemplate jdbc;

  SupportMeasures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The person is named by the keyed-hash index of their My Number. */
  public boolean protects(String municipalityCode, String myNumberIndex) {
    Integer flagged = jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE municipality_code = ?"
        + " AND my_number_index = ? AND protection_flag = TRUE", Integer.class, municipalityCode, myNumberIndex);
    return flagged != null && flagged > 0;
  }
}
