package jp.vaccinationoffice.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskSignalTest {

  TaskSignal signal = new TaskSignal();

  @Test
  void aSignalWakesTheWaitingFetchAtOnce() throws Exception {
    long seen = signal.generation();
    CompletableFuture<Long> woken = CompletableFuture.supplyAsync(() -> {
      long start = System.nanoTime();
      await(seen, 30_000);
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    });
    Thread.sleep(100);
    signal.signal();

    assertThat(woken.get(10, TimeUnit.SECONDS)).isLessThan(10_000);
  }

  @Test
  void aSignalGivenWhileTheFetchRanIsNotLost() throws Exception {
    long seen = signal.generation();
    signal.signal();
    long start = System.nanoTime();
    signal.awaitAfter(seen, 30_000);

    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);
  }

  @Test
  void withoutASignalTheWaitEndsAfterThePollInterval() throws Exception {
    long start = System.nanoTime();
    signal.awaitAfter(signal.generation(), 200);

    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(150L, 10_000L);
  }

  @Test
  void aRetryDueLaterWakesTheFetchThen() throws Exception {
    long seen = signal.generation();
    signal.signalIn(100);
    signal.awaitAfter(seen, 30_000);

    assertThat(signal.generation()).isGreaterThan(seen);
  }

  private void await(long seen, long millis) {
    try {
      signal.awaitAfter(seen, millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
