package jp.vaccinationoffice.caseserver.certificates;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 証明書ID: the municipality code, the year and a number counted per municipality and year
 * ({@code 352063-2026-000001}), taken from a counter row updated in the issuing transaction, which
 * holds its lock until commit. The year's row is made in a transaction of its own, so that the
 * first certificates of a year, issued at the same time, do not fail on each other's insert.
 */
@Component
class CertificateNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  CertificateNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  String next(String municipalityCode, int year) {
    if (increment(municipalityCode, year) == 0) {
      try {
        ownTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO certificate_number_sequence"
            + " (municipality_code, issue_year, last_number) VALUES (?, ?, 0)", municipalityCode, year));
      } catch (DuplicateKeyException madeMeanwhile) {
        // another issuer made the year's row first: count on it
      }
      increment(municipalityCode, year);
    }
    Long number = jdbc.queryForObject("SELECT last_number FROM certificate_number_sequence"
        + " WHERE municipality_code = ? AND issue_year = ?", Long.class, municipalityCode, year);
    return String.format("%s-%d-%06d", municipalityCode, year, number);
  }

  private int increment(String municipalityCode, int year) {
    return jdbc.update("UPDATE certificate_number_sequence SET last_number = last_number + 1"
        + " WHERE municipality_code = ? AND issue_year = ?", municipalityCode, year);
  }
}
