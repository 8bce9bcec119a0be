package jp.vaccinationoffice.workers.runtime;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * One database transaction per worker step: the step's case-store writes and its report to the
 * engine (which joins the Spring-managed transaction) commit together or not at all.
 *
 * <p>A call to a national system must not hold a transaction open, and what the step wrote before
 * the call (the consent used, the ticket number issued) must be stored before the call is sent. So
 * {@link #outside} commits what the step has written so far, makes the call with no transaction,
 * and opens the step's next transaction, in which the rest of the step and its report commit. A
 * step that dies after the call repeats it when retried, with the same idempotency key.
 */
public class StepTransactions {

  /** No transactions: every statement commits on its own (tools and tests without a database). */
  public static final StepTransactions NONE = new StepTransactions(null);

  private final PlatformTransactionManager manager;
  private final ThreadLocal<TransactionStatus> current = new ThreadLocal<>();

  public StepTransactions(PlatformTransactionManager manager) {
    this.manager = manager;
  }

  /** A step's work, which may throw anything a worker throws. */
  @FunctionalInterface
  public interface Step {
    void run() throws Exception;
  }

  /** Runs the step in a transaction and commits it; rolls back whatever the step threw. */
  public void inStep(Step step) throws Exception {
    if (manager == null) {
      step.run();
      return;
    }
    if (current.get() != null) {
      throw new IllegalStateException("worker steps do not nest");
    }
    current.set(begin());
    try {
      step.run();
      TransactionStatus status = current.get();
      current.remove();
      manager.commit(status);
    } finally {
      TransactionStatus open = current.get();
      if (open != null) {
        current.remove();
        manager.rollback(open);
      }
    }
  }

  /** Runs a call to a remote system between two transactions of the step (see the class comment). */
  public <T> T outside(Supplier<T> call) {
    TransactionStatus status = current.get();
    if (status == null) {
      return call.get();
    }
    current.remove();
    manager.commit(status);
    try {
      return call.get();
    } finally {
      current.set(begin());
    }
  }

  private TransactionStatus begin() {
    return manager.getTransaction(TransactionDefinition.withDefaults());
  }
}
