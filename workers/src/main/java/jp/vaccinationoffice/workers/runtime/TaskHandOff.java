package jp.vaccinationoffice.workers.runtime;

import java.util.Optional;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;

/**
 * Hands an external task that this node's engine is creating straight to this node's workers, so
 * that nobody has to fetch it: while the creating transaction is still open, a task whose topic a
 * worker here serves and for which a handler thread is free is locked for this node, and once the
 * transaction has committed it goes to that thread. With no free thread, on a node whose workers
 * are off, or before they have started, there is no claim: the task stays unlocked for any node to
 * fetch.
 */
public final class TaskHandOff {

  /** What the running workers offer; see {@link WorkerSubscriptions}. */
  interface Receiver {
    Optional<Claim> claim(String topic);
  }

  /** A handler thread held for one task from its creation until its transaction has ended. */
  public interface Claim {

    String workerId();

    long lockMillis();

    /** The creating transaction has committed: work on the task now. */
    void handOver(LockedExternalTask task);

    /** The creating transaction was rolled back: the thread is free again. */
    void cancel();
  }

  private volatile Receiver receiver;

  /** A handler thread for a new task of {@code topic}, if this node's workers serve it and one is free. */
  public Optional<Claim> claim(String topic) {
    Receiver current = receiver;
    return current == null ? Optional.empty() : current.claim(topic);
  }

  void attach(Receiver workers) {
    receiver = workers;
  }

  void detach(Receiver workers) {
    if (receiver == workers) {
      receiver = null;
    }
  }
}
