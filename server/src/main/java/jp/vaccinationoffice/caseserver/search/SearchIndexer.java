package jp.vaccinationoffice.caseserver.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox into the index. Safe on several nodes: a batch is claimed by one update that
 * only takes rows nobody holds (or whose claim expired), so two drainers never take the same row;
 * a row is deleted only after its document reached the index, so none is lost. While the search
 * engine is unreachable the rows stay (and new ones pile up) and the drainer tries again, less and
 * less often, until it is back.
 */
@Component
public class SearchIndexer implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

  private final JdbcTemplate jdbc;
  private final SearchIndexes indexes;
  private final SearchCluster cluster;
  private final SearchProperties properties;
  private final SearchIndexerSignal signal;
  private final Clock clock;
  private final NameKeys nameKeys = NameKeys.standard();
  private final Map<String, SearchDocumentSource> sources;
  private final String drainerId = "drainer-" + UUID.randomUUID();
  private volatile Thread thread;
  private volatile boolean running;

  SearchIndexer(JdbcTemplate jdbc, SearchIndexes indexes, SearchCluster cluster, SearchProperties properties,
      SearchIndexerSignal signal, Clock clock, List<SearchDocumentSource> sources) {
    this.jdbc = jdbc;
    this.indexes = indexes;
    this.cluster = cluster;
    this.properties = properties;
    this.signal = signal;
    this.clock = clock;
    this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(SearchDocumentSource::type, Function.identity()));
  }

  @EventListener(ApplicationReadyEvent.class)
  void startDraining() {
    if (properties.indexer().enabled()) {
      start();
    }
  }

  public synchronized void start() {
    if (thread != null) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, "search-indexer");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void destroy() throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.interrupt();
      thread.join(5_000);
      thread = null;
    }
  }

  private void loop() {
    long wait = properties.indexer().interval().toMillis();
    long backoff = wait;
    while (running) {
      try {
        int drained = cluster.isConnected() ? drainOnce() : 0;
        backoff = wait;
        if (drained == properties.indexer().batchSize()) {
          continue;
        }
        signal.awaitChanges(wait, properties.indexer().gather().toMillis());
      } catch (SearchUnavailableException e) {
        if (backoff == wait) {
          log.warn("search indexer: the search engine cannot be reached ({}); the outbox keeps the changes",
              e.getCause() == null ? e.getMessage() : e.getCause().toString());
        }
        backoff = Math.min(backoff * 2, properties.indexer().maxBackoff().toMillis());
        sleep(backoff);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("search indexer: {}", e.toString());
        sleep(properties.indexer().maxBackoff().toMillis());
      }
    }
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** Claims one batch, indexes it and removes what reached the index; the number of rows drained. */
  public int drainOnce() {
    return drainOnce(drainerId + ":" + UUID.randomUUID());
  }

  int drainOnce(String claim) {
    List<OutboxRow> rows = claim(claim);
    if (rows.isEmpty()) {
      return 0;
    }
    try {
      Map<String, OutboxRow> latest = new LinkedHashMap<>();
      for (OutboxRow row : rows) {
        latest.merge(SearchDocument.indexId(row.type(), row.documentId()), row, (a, b) -> a.id() > b.id() ? a : b);
      }
      Map<String, Map<String, SearchDocument>> loaded = new HashMap<>();
      latest.values().stream().collect(Collectors.groupingBy(OutboxRow::type,
              Collectors.mapping(OutboxRow::documentId, Collectors.toList())))
          .forEach((type, ids) -> {
            SearchDocumentSource source = sources.get(type);
            if (source != null) {
              loaded.put(type, source.loadAll(ids));
            }
          });
      List<SearchIndexes.Write> writes = new ArrayList<>();
      Set<String> municipalities = new LinkedHashSet<>();
      for (Map.Entry<String, OutboxRow> entry : latest.entrySet()) {
        OutboxRow row = entry.getValue();
        if (!loaded.containsKey(row.type())) {
          log.warn("search outbox row {} names an unknown document type {}; left in the outbox", row.id(), row.type());
          continue;
        }
        Optional<SearchDocument> document = Optional.ofNullable(loaded.get(row.type()).get(row.documentId()));
        municipalities.add(row.municipalityCode());
        writes.add(new SearchIndexes.Write(row.municipalityCode(), entry.getKey(), row.id(),
            document.map(d -> d.source(nameKeys)).orElse(null)));
      }
      municipalities.forEach(indexes::ensure);
      Set<String> done = indexes.write(writes);
      List<Long> finished = rows.stream()
          .filter(row -> done.contains(SearchDocument.indexId(row.type(), row.documentId())))
          .map(OutboxRow::id).toList();
      deleteRows(finished, claim);
      release(claim);
      return finished.size();
    } catch (RuntimeException e) {
      release(claim);
      throw e;
    }
  }

  record OutboxRow(long id, String type, String municipalityCode, String documentId) {}

  List<OutboxRow> claim(String claim) {
    Instant now = clock.instant();
    Timestamp nowStamp = Timestamp.from(now);
    Timestamp until = Timestamp.from(now.plus(properties.indexer().claimDuration()));
    // the outer condition is checked again against a row another drainer claimed meanwhile
    // (PostgreSQL re-reads a row it waited for), so a row goes to one drainer only
    jdbc.update("UPDATE search_outbox SET claimed_by = ?, claimed_until = ?"
            + " WHERE id IN (SELECT id FROM search_outbox WHERE claimed_until IS NULL OR claimed_until < ?"
            + " ORDER BY id FETCH FIRST " + properties.indexer().batchSize() + " ROWS ONLY)"
            + " AND (claimed_until IS NULL OR claimed_until < ?)",
        claim, until, nowStamp, nowStamp);
    return jdbc.query("SELECT id, document_type, municipality_code, document_id FROM search_outbox"
            + " WHERE claimed_by = ? ORDER BY id",
        (rs, i) -> new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), claim);
  }

  void deleteRows(List<Long> ids, String claim) {
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
      String marks = part.stream().map(id -> "?").collect(Collectors.joining(","));
      List<Object> arguments = new ArrayList<>(part);
      arguments.add(claim);
      jdbc.update("DELETE FROM search_outbox WHERE id IN (" + marks + ") AND claimed_by = ?", arguments.toArray());
    }
  }

  private void release(String claim) {
    jdbc.update("UPDATE search_outbox SET claimed_by = NULL, claimed_until = NULL, attempts = attempts + 1"
        + " WHERE claimed_by = ?", claim);
  }

  /** For tests and the reindex: drains until the outbox is empty or nothing more can be drained. */
  public long drainAll() {
    long total = 0;
    int drained;
    while ((drained = drainOnce()) > 0) {
      total += drained;
    }
    return total;
  }

  Map<String, SearchDocumentSource> sources() {
    return new HashMap<>(sources);
  }
}
