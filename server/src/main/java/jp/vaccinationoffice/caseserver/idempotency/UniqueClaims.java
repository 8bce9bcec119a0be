package jp.vaccinationoffice.caseserver.idempotency;

import java.time.Duration;
import jp.vaccinationoffice.caseserver.api.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims a unique key by inserting its row, inside the caller's transaction: the row's unique
 * constraint decides which of simultaneous requests wins. The insert runs under a savepoint, so a
 * lost claim leaves the caller's transaction usable (PostgreSQL aborts a transaction on an error
 * otherwise) to read what the winner stored. PostgreSQL holds a competing insert until the winner
 * commits; H2 gives up after its lock timeout with a transient error, so the claim is tried again
 * until the winner has committed.
 */
@Component
public class UniqueClaims {

  static final Duration PATIENCE = Duration.ofSeconds(15);
  private static final long PAUSE_MILLIS = 50;

  private final TransactionTemplate savepoint;

  UniqueClaims(PlatformTransactionManager transactions) {
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** True when {@code insert} stored its row; false when a committed row holds the key already. */
  public boolean claim(Runnable insert) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      try {
        savepoint.executeWithoutResult(status -> insert.run());
        return true;
      } catch (DuplicateKeyException e) {
        return false;
      } catch (TransientDataAccessException e) {
        if (System.nanoTime() > deadline) {
          throw ApiException.conflict("the same request is being worked on at another counter: send it again shortly");
        }
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a competing request", e);
    }
  }
}
