package jp.vaccinationoffice.bench.load;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Waits for a case to end by asking again and again: soon at first, then every 250 ms. Only the
 * moment the client learns about the end depends on this; latencies come from the end time the
 * engine or the case store recorded. Asking more often would spend the server's CPU on the
 * benchmark's own questions (at 100 ms, sixteen clients asked 160 times a second).
 */
public final class EndPolling {

  private static final long FIRST_WAIT_MILLIS = 30;
  private static final long LONGEST_WAIT_MILLIS = 250;

  private EndPolling() {}

  public static <T> T await(String what, Duration patience, Callable<Optional<T>> probe) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    long wait = FIRST_WAIT_MILLIS;
    while (true) {
      Optional<T> answer = probe.call();
      if (answer.isPresent()) {
        return answer.get();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + ": not there after " + patience.toSeconds() + " s");
      }
      Thread.sleep(wait);
      wait = Math.min(LONGEST_WAIT_MILLIS, wait * 2);
    }
  }
}
