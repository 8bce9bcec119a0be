package jp.vaccinationoffice.caseserver.certificates;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 証明書ID: the municipality code, the year and a number counted per municipality and year
 * ({@code 352063-2026-000001}), taken from a counter row updated in the issuing transaction.
 */
@Component
class CertificateNumbers {

  private final JdbcTemplate jdbc;

  CertificateNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  String next(String municipalityCode, int year) {
    int updated = jdbc.update("UPDATE certificate_number_sequence SET last_number = last_number + 1"
        + " WHERE municipality_code = ? AND issue_year = ?", municipalityCode, year);
    if (updated == 0) {
      jdbc.update("INSERT INTO certificate_number_sequence (municipality_code, issue_year, last_number) VALUES (?, ?, 1)",
          municipalityCode, year);
    }
    Long number = jdbc.queryForObject("SELECT last_number FROM certificate_number_sequence"
        + " WHERE municipality_code = ? AND issue_year = ?", Long.class, municipalityCode, year);
    return String.format("%s-%d-%06d", municipalityCode, year, number);
  }
}
