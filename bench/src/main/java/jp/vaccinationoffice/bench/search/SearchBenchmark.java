package jp.vaccinationoffice.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The driver behind {@code bench/search}: writes {@code count} synthetic move-in cases and their
 * outbox rows straight into the case server's database, times the server's indexer until the outbox
 * is empty and the index holds them all, then measures name and kana searches through
 * {@code GET /api/search} as the clerk, and the visibility of committed changes (a status set
 * together with its outbox row, found by a term query on the index) at a steady rate.
 */
public final class SearchBenchmark {

  static final String MUNICIPALITY = "352063";
  static final String[][] FAMILY = {
      {"高橋", "タカハシ"}, {"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"田中", "タナカ"}, {"伊藤", "イトウ"},
      {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
      {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"}, {"松本", "マツモト"},
      {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"斎藤", "サイトウ"}, {"清水", "シミズ"},
      {"山崎", "ヤマザキ"}, {"森", "モリ"}, {"池田", "イケダ"}, {"橋本", "ハシモト"}, {"阿部", "アベ"},
      {"石川", "イシカワ"}, {"山下", "ヤマシタ"}, {"中島", "ナカジマ"}, {"石井", "イシイ"}, {"小川", "オガワ"}};
  static final String[][] GIVEN = {
      {"花子", "ハナコ"}, {"太郎", "タロウ"}, {"一郎", "イチロウ"}, {"由紀", "ユキ"}, {"恭子", "キョウコ"},
      {"健", "ケン"}, {"翔太", "ショウタ"}, {"陽菜", "ヒナ"}, {"蓮", "レン"}, {"結衣", "ユイ"},
      {"大輔", "ダイスケ"}, {"美咲", "ミサキ"}, {"拓也", "タクヤ"}, {"彩", "アヤ"}, {"誠", "マコト"},
      {"直樹", "ナオキ"}, {"愛", "アイ"}, {"浩", "ヒロシ"}, {"真由美", "マユミ"}, {"修", "オサム"}};

  private final String jdbcUrl;
  private final String jdbcUser;
  private final String jdbcPassword;
  private final String serverUrl;
  private final String password;
  private final String searchUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  public SearchBenchmark(String jdbcUrl, String jdbcUser, String jdbcPassword, String serverUrl, String password,
      String searchUrl) {
    this.jdbcUrl = jdbcUrl;
    this.jdbcUser = jdbcUser;
    this.jdbcPassword = jdbcPassword;
    this.serverUrl = serverUrl;
    this.password = password;
    this.searchUrl = searchUrl;
  }

  public String run(int count, int queries, int concurrency, double changesPerSecond, int changeSeconds)
      throws Exception {
    List<String> ids = new ArrayList<>(count);
    Random random = new Random(18);
    long indexStart;
    try (Connection db = connect()) {
      System.err.printf("writing %,d cases ...%n", count);
      long writeStart = System.nanoTime();
      db.setAutoCommit(false);
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO case_file (id, case_type, municipality_code,"
          + " status, family_name, given_name, family_name_kana, given_name_kana, birth_date, sex, address,"
          + " my_number_sealed, my_number_index, created_by, created_at, updated_at)"
          + " VALUES (?, 'MOVE_IN_RECORD_QUERY', ?, 'TICKET_ISSUED', ?, ?, ?, ?, ?, 'FEMALE', '-', '-', ?, 'bench', ?, ?)")) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
          String id = UUID.randomUUID().toString();
          ids.add(id);
          String[] family = FAMILY[random.nextInt(FAMILY.length)];
          String[] given = GIVEN[random.nextInt(GIVEN.length)];
          insert.setString(1, id);
          insert.setString(2, MUNICIPALITY);
          insert.setString(3, family[0]);
          insert.setString(4, given[0]);
          insert.setString(5, family[1]);
          insert.setString(6, given[1]);
          insert.setObject(7, LocalDate.of(1930, 1, 1).plusDays(random.nextInt(33_000)));
          insert.setString(8, "bench-" + i);
          insert.setTimestamp(9, now);
          insert.setTimestamp(10, now);
          insert.addBatch();
          if (i % 5000 == 4999) {
            insert.executeBatch();
            db.commit();
          }
        }
        insert.executeBatch();
        db.commit();
      }
      System.err.printf("cases written in %.1f s; outbox rows for all of them, then the server's indexer drains ...%n",
          (System.nanoTime() - writeStart) / 1e9);
      indexStart = System.nanoTime();
      try (Statement statement = db.createStatement()) {
        statement.executeUpdate("INSERT INTO search_outbox (document_type, municipality_code, document_id, enqueued_at)"
            + " SELECT 'move-in', municipality_code, id, CURRENT_TIMESTAMP FROM case_file WHERE created_by = 'bench'");
      }
      db.commit();
      db.setAutoCommit(true);
      long last = -1;
      while (true) {
        long pending = scalar(db, "SELECT COUNT(*) FROM search_outbox");
        if (pending == 0 && indexCount() >= count) {
          break;
        }
        if (pending / 50_000 != last / 50_000) {
          System.err.printf("  %,d outbox rows left after %.0f s%n", pending, (System.nanoTime() - indexStart) / 1e9);
          last = pending;
        }
        Thread.sleep(500);
      }
    }
    double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
    long indexed = indexCount();
    System.err.printf("indexed %,d in %.1f s (%.0f per s)%n", indexed, indexSeconds, indexed / indexSeconds);

    List<Long> nameLatencies = Collections.synchronizedList(new ArrayList<>());
    List<Long> kanaLatencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    for (int warm = 0; warm < 20; warm++) {
      timedSearch(FAMILY[warm % FAMILY.length][0]);
    }
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      int n = i;
      done.add(clients.submit(() -> {
        String[] family = FAMILY[(n * 7) % FAMILY.length];
        String[] given = GIVEN[(n * 11) % GIVEN.length];
        if (n % 2 == 0) {
          nameLatencies.add(timedSearch(family[0] + given[0].substring(0, 1)));
        } else {
          kanaLatencies.add(timedSearch(family[1] + " " + given[1]));
        }
        return null;
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    clients.shutdown();

    // one watcher asks the index every 20 ms for all changes not yet found, so that watching does
    // not load the search engine more than the clients of a real office would
    List<Long> visibility = Collections.synchronizedList(new ArrayList<>());
    int changes = (int) Math.round(changesPerSecond * changeSeconds);
    java.util.concurrent.ConcurrentHashMap<String, Long> pending = new java.util.concurrent.ConcurrentHashMap<>();
    ScheduledExecutorService pace = Executors.newScheduledThreadPool(4);
    long periodNanos = (long) (1e9 / changesPerSecond);
    List<Future<?>> scheduled = new ArrayList<>();
    for (int i = 0; i < changes; i++) {
      int n = i;
      scheduled.add(pace.schedule(() -> {
        String status = "BENCH_" + n;
        long committed = commitChange(ids.get(random(n, ids.size())), status);
        pending.put(status, committed);
        return null;
      }, n * periodNanos, TimeUnit.NANOSECONDS));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(changeSeconds + 60L);
    int seen = 0;
    while (seen < changes && System.nanoTime() < deadline) {
      List<String> waiting = new ArrayList<>(pending.keySet());
      if (!waiting.isEmpty()) {
        for (String status : foundStatuses(waiting)) {
          Long committed = pending.remove(status);
          if (committed != null) {
            visibility.add(System.nanoTime() - committed);
            seen++;
          }
        }
      }
      Thread.sleep(20);
    }
    for (Future<?> future : scheduled) {
      future.get();
    }
    pace.shutdown();
    if (seen < changes) {
      throw new IllegalStateException((changes - seen) + " changes were not found within a minute");
    }

    List<Long> all = new ArrayList<>(nameLatencies);
    all.addAll(kanaLatencies);
    System.out.printf(Locale.ROOT, "%-34s %10s %10s %10s%n", "", "count", "p50 ms", "p99 ms");
    row("search by name (kanji prefix)", nameLatencies);
    row("search by kana (full name)", kanaLatencies);
    row("all searches", all);
    row("visibility at " + changesPerSecond + " changes/s", visibility);
    return String.format(Locale.ROOT, "indexed=%d index_s=%.1f query_p99_ms=%.0f visibility_p99_ms=%.0f",
        indexed, indexSeconds, percentile(all, 99), percentile(visibility, 99));
  }

  private static int random(int n, int size) {
    return (int) Math.floorMod(n * 2654435761L, (long) size);
  }

  private long commitChange(String id, String status) throws SQLException {
    try (Connection db = connect()) {
      db.setAutoCommit(false);
      try (PreparedStatement update = db.prepareStatement("UPDATE case_file SET status = ? WHERE id = ?");
           PreparedStatement outbox = db.prepareStatement("INSERT INTO search_outbox (document_type,"
               + " municipality_code, document_id, enqueued_at) VALUES ('move-in', ?, ?, CURRENT_TIMESTAMP)")) {
        update.setString(1, status);
        update.setString(2, id);
        update.executeUpdate();
        outbox.setString(1, MUNICIPALITY);
        outbox.setString(2, id);
        outbox.executeUpdate();
      }
      db.commit();
      return System.nanoTime();
    }
  }

  private List<String> foundStatuses(List<String> statuses) throws Exception {
    String body = json.writeValueAsString(java.util.Map.of("size", statuses.size(), "_source", List.of("status"),
        "query", java.util.Map.of("terms", java.util.Map.of("status", statuses))));
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(searchUrl + "/cases-" + MUNICIPALITY
            + "/_search")).header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    List<String> found = new ArrayList<>();
    if (response.statusCode() == 200) {
      json.readTree(response.body()).get("hits").get("hits").forEach(hit -> found.add(hit.get("_source").get("status").asText()));
    }
    return found;
  }

  private long indexCount() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(searchUrl + "/cases-" + MUNICIPALITY
        + "/_count")).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? json.readTree(response.body()).get("count").asLong() : 0;
  }

  private long timedSearch(String q) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(serverUrl + "/api/search?q="
            + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=20"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("clerk:" + password)
            .getBytes(StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    long elapsed = System.nanoTime() - start;
    JsonNode body = json.readTree(response.body());
    if (response.statusCode() != 200 || body.get("total").asLong() == 0) {
      throw new IllegalStateException("search " + q + " answered " + response.statusCode() + " " + response.body());
    }
    return elapsed;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
  }

  private static long scalar(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement(); var rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void row(String label, List<Long> nanos) {
    System.out.printf(Locale.ROOT, "%-34s %10d %10.1f %10.1f%n", label, nanos.size(), percentile(nanos, 50),
        percentile(nanos, 99));
  }

  static double percentile(List<Long> nanos, int percent) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
  }
}
