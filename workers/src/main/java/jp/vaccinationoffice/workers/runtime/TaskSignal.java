package jp.vaccinationoffice.workers.runtime;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the fetch loop when there may be work: the engine of this node committed a new external
 * task, or a failed task's retry falls due. The Java API has no long polling; this signal and a slow
 * poll (for tasks of other nodes and expired locks) take its place. A signal given while the loop is
 * fetching is not lost: the loop compares {@link #generation()} before and after.
 *
 * <p>A signal may name the topic of the new task; the loop then asks the engine for that topic only
 * ({@link #takeTopics()}): the engine builds and the database plans its fetch once per subscribed
 * topic, and most wakes are for one.
 */
public final class TaskSignal {

  private final Object monitor = new Object();
  private long generation;
  private final Set<String> signaledTopics = new HashSet<>();
  private boolean anyTopic = true;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "worker-retry-timer");
    thread.setDaemon(true);
    return thread;
  });

  /** There may be a task of any topic to fetch now. */
  public void signal() {
    synchronized (monitor) {
      anyTopic = true;
      generation++;
      monitor.notifyAll();
    }
  }

  /** There may be a task of this topic to fetch now. */
  public void signal(String topic) {
    synchronized (monitor) {
      signaledTopics.add(topic);
      generation++;
      monitor.notifyAll();
    }
  }

  /**
   * The topics named by the signals since the last call, or {@code null} for every topic: after a
   * signal that named none, and when no signal came (the slow poll).
   */
  public Set<String> takeTopics() {
    synchronized (monitor) {
      Set<String> topics = anyTopic || signaledTopics.isEmpty() ? null : Set.copyOf(signaledTopics);
      signaledTopics.clear();
      anyTopic = false;
      return topics;
    }
  }

  /** There may be a task to fetch after this delay (a failed task's retry interval). */
  public void signalIn(long millis) {
    timer.schedule(() -> signal(), millis, TimeUnit.MILLISECONDS);
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
