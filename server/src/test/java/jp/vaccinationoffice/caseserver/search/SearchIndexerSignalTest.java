package jp.vaccinationoffice.caseserver.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How long the indexer waits: for a wake when idle, then for the rest of a burst of commits. */
class SearchIndexerSignalTest {

  @Test
  void aWakeIsFollowedByTheGatherWindowBeforeTheIndexerDrains() throws Exception {
    SearchIndexerSignal signal = new SearchIndexerSignal();
    CompletableFuture<Long> returnedAt = CompletableFuture.supplyAsync(() -> {
      await(signal, 10_000, 300);
      return System.nanoTime();
    });
    Thread.sleep(100);
    long wokenAt = System.nanoTime();
    signal.wake();
    Thread.sleep(50);
    signal.wake();

    long waitedAfterWake = TimeUnit.NANOSECONDS.toMillis(returnedAt.get(5, TimeUnit.SECONDS) - wokenAt);
    assertThat(waitedAfterWake).isBetween(300L, 3_000L);
  }

  @Test
  void wakesDuringTheGatherWindowDoNotStartAnotherOne() throws Exception {
    SearchIndexerSignal signal = new SearchIndexerSignal();
    signal.wake();
    CompletableFuture<Void> gathering = CompletableFuture.runAsync(() -> await(signal, 10_000, 300));
    Thread.sleep(100);
    signal.wake();
    gathering.get(5, TimeUnit.SECONDS);

    assertThat(millisWaited(signal, 200, 800)).isBetween(190L, 700L);
  }

  @Test
  void withoutAWakeItWaitsTheIdleTimeOnly() {
    assertThat(millisWaited(new SearchIndexerSignal(), 200, 1_000)).isBetween(190L, 900L);
  }

  @Test
  void aWakeGivenBeforeTheWaitIsNotLost() {
    SearchIndexerSignal signal = new SearchIndexerSignal();
    signal.wake();
    assertThat(millisWaited(signal, 10_000, 100)).isBetween(100L, 3_000L);
  }

  private static long millisWaited(SearchIndexerSignal signal, long idleMillis, long gatherMillis) {
    long started = System.nanoTime();
    await(signal, idleMillis, gatherMillis);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  private static void await(SearchIndexerSignal signal, long idleMillis, long gatherMillis) {
    try {
      signal.awaitChanges(idleMillis, gatherMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
