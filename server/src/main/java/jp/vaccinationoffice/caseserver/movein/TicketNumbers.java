package jp.vaccinationoffice.caseserver.movein;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues vaccination ticket numbers: ten digits, the municipality's five-digit code followed by a
 * running number. The counter row is updated in the caller's transaction, which holds its lock until
 * commit, so two nodes never issue the same number.
 */
@Component
class TicketNumbers {

  private static final long LAST_RUNNING_NUMBER = 99_999L;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  TicketNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  String next(String municipalityCode) {
    if (jdbc.update("UPDATE ticket_number_sequence SET last_number = last_number + 1 WHERE municipality_code = ?",
        municipalityCode) == 0) {
      createCounter(municipalityCode);
      jdbc.update("UPDATE ticket_number_sequence SET last_number = last_number + 1 WHERE municipality_code = ?",
          municipalityCode);
    }
    long running = jdbc.queryForObject("SELECT last_number FROM ticket_number_sequence WHERE municipality_code = ?",
        Long.class, municipalityCode);
    if (running > LAST_RUNNING_NUMBER) {
      throw new IllegalStateException("ticket numbers of " + municipalityCode + " are used up");
    }
    return municipalityCode.substring(0, 5) + String.format("%05d", running);
  }

  /**
   * Creates the municipality's counter at zero in a transaction of its own. On PostgreSQL a failed
   * insert aborts the transaction it runs in; a node that loses the race for the first ticket must
   * not take the caller's step transaction down with it.
   */
  private void createCounter(String municipalityCode) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO ticket_number_sequence (municipality_code, last_number) VALUES (?, 0)", municipalityCode));
    } catch (DuplicateKeyException createdByAnotherNode) {
      // the other node's counter serves this one as well
    }
  }
}
