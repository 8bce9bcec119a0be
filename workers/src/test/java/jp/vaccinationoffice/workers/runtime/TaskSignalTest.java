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

  @Test
  void theTopicsNamedSinceTheLastTakeAreFetchedThenEveryTopicAgain() {
    assertThat(signal.takeTopics()).as("at the start: every topic").isNull();

    signal.signal("vrs-query-move-in-records");
    signal.signal("vrs-register-ticket");
    signal.signal("vrs-register-ticket");
    assertThat(signal.takeTopics()).containsExactlyInAnyOrder("vrs-query-move-in-records", "vrs-register-ticket");

    assertThat(signal.takeTopics()).as("no signal since: the slow poll asks for every topic").isNull();

    signal.signal("vrs-register-ticket");
    signal.signal();
    assertThat(signal.takeTopics()).as("a signal naming no topic").isNull();
  }

  @Test
  void aSignalNamingATopicWakesTheFetchToo() throws Exception {
    long seen = signal.generation();
    signal.signal("vrs-register-ticket");
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
