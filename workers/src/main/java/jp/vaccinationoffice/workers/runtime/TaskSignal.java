package jp.vaccinationoffice.workers.runtime;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the fetch loop when there may be work: the engine of this node committed a new external
 * task, or a failed task's retry falls due. The Java API has no long polling; this signal and a slow
 * poll (for tasks of other nodes and expired locks) take its place. A signal given while the loop is
 * fetching is not lost: the loop compares {@link #generation()} before and after.
 */
public final class TaskSignal {

  private final Object monitor = new Object();
  private long generation;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "worker-retry-timer");
    thread.setDaemon(true);
    return thread;
  });

  /** There may be a task to fetch now. */
  public void signal() {
    synchronized (monitor) {
      generation++;
      monitor.notifyAll();
    }
  }

  /** There may be a task to fetch after this delay (a failed task's retry interval). */
  public void signalIn(long millis) {
    timer.schedule(this::signal, millis, TimeUnit.MILLISECONDS);
  }

  public long generation() {
    synchronized (monitor) {
      return generation;
    }
  }

  /** Waits until a signal newer than {@code seen}, or at most {@code millis}. */
  public void awaitAfter(long seen, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    synchronized (monitor) {
      while (generation == seen) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return;
        }
        monitor.wait(left);
      }
    }
  }
}
