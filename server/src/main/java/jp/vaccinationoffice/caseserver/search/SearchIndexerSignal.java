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

  /**
   * Waits until woken or {@code idleMillis} are up. Once woken it waits {@code gatherMillis} more, so
   * that the changes other transactions commit right after the first one reach the index in the same
   * bulk write: under load, one write every gather window instead of one per commit.
   */
  void awaitChanges(long idleMillis, long gatherMillis) throws InterruptedException {
    boolean woken;
    lock.lock();
    try {
      if (!pending) {
        changed.await(idleMillis, TimeUnit.MILLISECONDS);
      }
      woken = pending;
      pending = false;
    } finally {
      lock.unlock();
    }
    if (woken && gatherMillis > 0) {
      Thread.sleep(gatherMillis);
      // what woke it meanwhile committed before the drain that follows, which takes it along
      lock.lock();
      try {
        pending = false;
      } finally {
        lock.unlock();
      }
    }
  }
}
