package jp.vaccinationoffice.caseserver.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.vaccinationoffice.caseserver.support.ScratchPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two drainers (as on two server nodes) claim the same PostgreSQL outbox at once, while rows keep
 * arriving: every row is claimed by exactly one of them (no double work) and every row is finished
 * (none lost); a claim that expired (its node died) is taken over.
 */
class SearchOutboxOnPostgresTest {

  static ScratchPostgresDatabase database;
  static JdbcTemplate jdbc;

  @BeforeAll
  static void migrate() {
    database = ScratchPostgresDatabase.migrated("search_outbox");
    jdbc = new JdbcTemplate(database.dataSource());
  }

  @AfterAll
  static void drop() {
    if (database != null) {
      database.close();
    }
  }

  private SearchIndexer drainer(int batchSize, Clock clock) {
    SearchProperties properties = new SearchProperties(null, null, null, null, null, null, null,
        new SearchProperties.Indexer(false, null, null, batchSize, java.time.Duration.ofSeconds(60), null));
    return new SearchIndexer(jdbc, null, null, properties, new SearchIndexerSignal(), clock, List.of());
  }

  @Test
  void twoDrainersNeverTakeTheSameRowAndLoseNone() throws Exception {
    int rows = 2000;
    insert(0, rows / 2);
    SearchIndexer[] drainers = {drainer(50, Clock.systemUTC()), drainer(50, Clock.systemUTC())};
    Set<Long> finished = ConcurrentHashMap.newKeySet();
    AtomicInteger doubles = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(3);
    List<Future<?>> running = new ArrayList<>();
    for (SearchIndexer drainer : drainers) {
      running.add(threads.submit(() -> {
        start.await();
        int idle = 0;
        while (idle < 20) {
          String claim = "node-" + System.identityHashCode(drainer) + ":" + java.util.UUID.randomUUID();
          List<SearchIndexer.OutboxRow> claimed = drainer.claim(claim);
          if (claimed.isEmpty()) {
            idle++;
            Thread.sleep(20);
            continue;
          }
          idle = 0;
          for (SearchIndexer.OutboxRow row : claimed) {
            if (!finished.add(row.id())) {
              doubles.incrementAndGet();
            }
          }
          drainer.deleteRows(claimed.stream().map(SearchIndexer.OutboxRow::id).toList(), claim);
        }
        return null;
      }));
    }
    running.add(threads.submit(() -> {
      start.await();
      insert(rows / 2, rows);
      return null;
    }));
    start.countDown();
    for (Future<?> future : running) {
      future.get(120, TimeUnit.SECONDS);
    }
    threads.shutdown();
    assertThat(doubles.get()).as("rows claimed twice").isZero();
    assertThat(finished).as("rows finished").hasSize(rows);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_outbox", Long.class)).as("rows left").isZero();
  }

  @Test
  void aClaimThatExpiredIsTakenOverAndAFreshOneIsNot() {
    jdbc.update("DELETE FROM search_outbox");
    insert(0, 3);
    Instant now = Instant.now();
    SearchIndexer dead = drainer(10, Clock.fixed(now, java.time.ZoneOffset.UTC));
    assertThat(dead.claim("dead-node")).hasSize(3);
    SearchIndexer other = drainer(10, Clock.fixed(now.plusSeconds(10), java.time.ZoneOffset.UTC));
    assertThat(other.claim("other-node")).as("claims hold for a minute").isEmpty();
    SearchIndexer later = drainer(10, Clock.fixed(now.plusSeconds(61), java.time.ZoneOffset.UTC));
    assertThat(later.claim("later-node")).hasSize(3);
  }

  private static void insert(int from, int to) {
    // in small batches, so that rows keep arriving while the drainers work
    for (int i = from; i < to; i += 20) {
      List<Object[]> batch = new ArrayList<>();
      for (int j = i; j < Math.min(to, i + 20); j++) {
        batch.add(new Object[] {"case-" + j, Timestamp.from(Instant.now())});
      }
      jdbc.batchUpdate("INSERT INTO search_outbox (document_type, municipality_code, document_id, enqueued_at)"
          + " VALUES ('move-in', '352063', ?, ?)", batch);
    }
  }
}
