package jp.vaccinationoffice.bench.load;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Learns when cases end with one question for all open cases every {@code interval}, instead of one
 * question per case: sixteen clients each asking after their own case asked the server more than
 * fifty times a second, and the history query alone took 9 % of its CPU samples. Only the moment a
 * client learns about an end depends on the interval; latencies come from the end time the engine
 * or the case store recorded.
 *
 * @param <T> what the probe answers for an ended case
 */
public final class EndWatch<T> implements AutoCloseable {

  /** Which of the open cases (by id) have ended, and what is known about each. */
  @FunctionalInterface
  public interface Probe<T> {
    Map<String, T> ended(Set<String> open) throws Exception;
  }

  private final Probe<T> probe;
  private final long intervalMillis;
  private final Map<String, CompletableFuture<T>> open = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Exception lastFailure;

  public EndWatch(String name, Duration interval, Probe<T> probe) {
    this.probe = probe;
    this.intervalMillis = interval.toMillis();
    this.thread = new Thread(this::watch, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits until the probe names {@code id} as ended; fails after {@code patience}. */
  public T await(String what, String id, Duration patience) throws Exception {
    CompletableFuture<T> end = open.computeIfAbsent(id, key -> new CompletableFuture<>());
    try {
      return end.get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      Exception failure = lastFailure;
      throw new IllegalStateException(what + ": not ended after " + patience.toSeconds() + " s"
          + (failure == null ? "" : " (the last question failed: " + failure + ")"));
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + ": " + e.getCause(), e.getCause());
    } finally {
      open.remove(id);
    }
  }

  private void watch() {
    while (running) {
      try {
        Thread.sleep(intervalMillis);
        Set<String> asked = Set.copyOf(open.keySet());
        if (asked.isEmpty()) {
          continue;
        }
        probe.ended(asked).forEach((id, answer) -> {
          CompletableFuture<T> end = open.get(id);
          if (end != null) {
            end.complete(answer);
          }
        });
        lastFailure = null;
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        // asked again at the next interval; a case that never ends fails on its own patience
        lastFailure = e;
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(5_000);
  }
}
