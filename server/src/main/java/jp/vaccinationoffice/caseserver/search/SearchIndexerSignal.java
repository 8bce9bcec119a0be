package jp.vaccinationoffice.caseserver.search;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/** Wakes this node's indexer when a transaction that wrote to the outbox has committed. */
@Component
public class SearchIndexerSignal {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private boolean pending;

  void wake() {
    lock.lock();
    try {
      pending = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until woken or the time is up. */
  void await(long millis) throws InterruptedException {
    lock.lock();
    try {
      if (!pending) {
        changed.await(millis, TimeUnit.MILLISECONDS);
      }
      pending = false;
    } finally {
      lock.unlock();
    }
  }
}
