package jp.vaccinationoffice.caseserver.movein;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issues vaccination ticket numbers: ten digits, the municipality's five-digit code followed by a
 * running number. The counter row is updated in the caller's transaction, which holds its lock until
 * commit, so two nodes never issue the same number.
 */
@Component
class TicketNumbers {

  private static final long LAST_RUNNING_NUMBER = 99_999L;

  private final JdbcTemplate jdbc;

  TicketNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  String next(String municipalityCode) {
    if (jdbc.update("UPDATE ticket_number_sequence SET last_number = last_number + 1 WHERE municipality_code = ?",
        municipalityCode) == 0) {
      try {
        jdbc.update("INSERT INTO ticket_number_sequence (municipality_code, last_number) VALUES (?, 1)", municipalityCode);
      } catch (DuplicateKeyException createdMeanwhile) {
        return next(municipalityCode);
      }
    }
    long running = jdbc.queryForObject("SELECT last_number FROM ticket_number_sequence WHERE municipality_code = ?",
        Long.class, municipalityCode);
    if (running > LAST_RUNNING_NUMBER) {
      throw new IllegalStateException("ticket numbers of " + municipalityCode + " are used up");
    }
    return municipalityCode.substring(0, 5) + String.format("%05d", running);
  }
}
