package jp.vaccinationoffice.caseserver.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.vaccinationoffice.caseserver.accesslog.UnjustifiedReads;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The search against a real OpenSearch node (one per test JVM, started by the server as in the
 * demo): cases taken in through the case API are found by their variants, only in their own
 * municipality, every search is logged, nothing secret reaches the index, and with the node stopped
 * case work goes on and the index catches up when it is back. The last tests stop and restart the node.
 */
@CaseServerTest
@TestPropertySource(properties = {"search.embedded.enabled=true",
    "search.embedded.data-dir=" + SearchNodeTestData.DIRECTORY_PROPERTY, "search.indexer.interval=200ms",
    "search.indexer.max-backoff=1s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchServerTest {

  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  static final ObjectMapper JSON = new ObjectMapper();
  static final AtomicLong NUMBERS = new AtomicLong(20_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);
  static final Map<String, String> CASES = new java.util.concurrent.ConcurrentHashMap<>();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired SearchCluster cluster;
  @Autowired SearchOutbox outbox;
  @Autowired SearchProperties properties;
  @Autowired SearchIndexes indexes;
  @Autowired SearchIndexer indexer;
  @Autowired List<SearchDocumentSource> sources;
  @Autowired UnjustifiedReads unjustifiedReads;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    SearchNodeTestData.awaitConnected(cluster);
    if (CASES.isEmpty()) {
      CASES.put("takahashi", intake("clerk", "髙橋", "花子", "タカハシ", "ハナコ", "1990-04-01", "山口県防府市寿町7-1"));
      CASES.put("yamasaki", intake("clerk", "山﨑", "太郎", "ヤマサキ", "タロウ", "1985-12-31", "山口県防府市寿町7-2"));
      CASES.put("watanabe", intake("clerk", "渡邉", "一郎", "ワタナベ", "イチロウ", "1960-03-03", "山口県防府市寿町7-3"));
      CASES.put("saito", intake("clerk", "齋藤", "由紀", "サイトウ", "ユキ", "2019-05-01", "山口県防府市寿町7-4"));
      CASES.put("sato", intake("clerk", "佐藤", "恭子", "サトウ", "キョウコ", "1975-07-07", "山口県防府市寿町7-5"));
      CASES.put("ube", intake("clerk2", "高橋", "花子", "タカハシ", "ハナコ", "1990-04-01", "山口県宇部市常盤町1-1"));
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @Order(1)
  @CsvSource(delimiter = '|', value = {
      "variant kanji 高 for 髙          | 高橋                 | takahashi",
      "full name with space            | 高橋 花子            | takahashi",
      "full name without space         | 髙橋花子             | takahashi",
      "given name                      | 花子                 | takahashi",
      "kana prefix, hiragana           | たかは               | takahashi",
      "half-width katakana             | ﾀｶﾊｼ ﾊﾅｺ             | takahashi",
      "romaji                          | takahashi            | takahashi",
      "name and 和暦 birth date         | 高橋 平成2年4月1日    | takahashi",
      "birth date 西暦 alone            | 1990/4/1             | takahashi",
      "variant kanji 崎 for 﨑          | 山崎                 | yamasaki",
      "variant kanji 辺 for 邉          | 渡辺一郎             | watanabe",
      "variant kanji 邊 for 邉          | 渡邊                 | watanabe",
      "variant kanji 斎 for 齋          | 斎藤                 | saito",
      "令和元年 birth date              | 令和元年5月1日        | saito",
      "昭和 birth date                  | S50.7.7              | sato",
      "long vowel ー                    | サトー キョーコ       | sato",
      "small kana                       | さとう きよこ         | sato"})
  void eachKindOfVariantIsFound(String kind, String q, String expected) {
    String caseId = CASES.get(expected);
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(hitIds(search("clerk", "q=" + encode(q)))).as(kind).contains(caseId));
  }

  @Test
  @Order(2)
  void anotherMunicipalitysClerkFindsNothingOfHofuEvenWithACraftedQuery() {
    String hofu = CASES.get("takahashi");
    String ube = CASES.get("ube");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(hitIds(search("clerk2", "q=" + encode("高橋")))).containsExactly(ube));
    for (String crafted : List.of("q=" + encode("高橋") + "&municipality=352063",
        "q=" + encode("高橋") + "&municipalityCode=352063&index=cases-352063",
        "q=" + hofu, "q=" + encode("高橋 1990-04-01") + "&type=move-in")) {
      JsonNode found = search("clerk2", crafted);
      assertThat(hitIds(found)).as(crafted).doesNotContain(hofu);
    }
    assertThat(hitIds(search("clerk", "q=" + encode("高橋")))).contains(hofu).doesNotContain(ube);
  }

  @Test
  @Order(3)
  void everySearchWritesAnAccessLogRowWithTheQuestionAndTheHits() {
    Long before = jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE action = 'SEARCH' AND subject_type = 'SEARCH'",
        Long.class);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(search("supervisor", "q=" + encode("齋藤") + "&type=move-in").get("total").asLong()).isEqualTo(1));
    Map<String, Object> row = jdbc.queryForMap("SELECT a.user_id, a.municipality_code, a.subject_id, s.query_text,"
        + " s.filters, s.hits FROM access_log a JOIN search_log s ON s.id = a.subject_id"
        + " WHERE a.action = 'SEARCH' ORDER BY a.id DESC FETCH FIRST 1 ROWS ONLY");
    assertThat(row).containsEntry("USER_ID", "supervisor").containsEntry("MUNICIPALITY_CODE", "352063")
        .containsEntry("QUERY_TEXT", "齋藤").containsEntry("HITS", 1L);
    assertThat((String) row.get("FILTERS")).contains("type=move-in");
    assertThat(jdbc.queryForList("SELECT document_id FROM search_log_hit WHERE search_id = ?", String.class,
        row.get("SUBJECT_ID"))).containsExactly(CASES.get("saito"));
    Long after = jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE action = 'SEARCH' AND subject_type = 'SEARCH'",
        Long.class);
    assertThat(after).isGreaterThan(before);
    assertThat(http.get("/api/search?q=" + encode("高橋"), "auditor", PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/search?q=" + encode("高橋"), "admin", PASSWORD).statusCode()).isEqualTo(403);
  }

  @Test
  @Order(4)
  void badParametersAnswer400ProblemsAndAreNotLogged() {
    String number = "12345678901" + MyNumber.checkDigit("12345678901");
    for (String bad : List.of("size=0", "size=101", "page=-1", "from=2026-02-30", "to=x", "status=open",
        "q=" + number, "q=" + encode("山田\u0007"))) {
      HttpResponse<String> response = http.get("/api/search?" + bad, "clerk", PASSWORD);
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
      assertThat(response.body()).doesNotContain(number);
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_log WHERE query_text LIKE ?", Long.class,
        "%" + number + "%")).isZero();
  }

  @Test
  @Order(5)
  void theIndexHoldsNoMyNumberNoItsHmacAndNoAddressAlsoUnderASupportMeasure() throws Exception {
    String caseId = CASES.get("takahashi");
    jdbc.update("UPDATE case_file SET protection_flag = TRUE WHERE id = ?", caseId);
    Map<String, Object> row = jdbc.queryForMap("SELECT my_number_sealed, my_number_index, address FROM case_file WHERE id = ?",
        caseId);
    var document = cluster.client().get(g -> g.index(indexes.indexOf("352063")).id("move-in:" + caseId), Map.class);
    assertThat(document.found()).isTrue();
    String source = JSON.writeValueAsString(document.source());
    assertThat(source).contains("髙橋").doesNotContain((String) row.get("MY_NUMBER_INDEX"))
        .doesNotContain((String) row.get("MY_NUMBER_SEALED")).doesNotContain("寿町").doesNotContain("山口県");
    assertThat(MyNumber.appearsIn(source)).isFalse();
    assertThat(document.source().keySet()).doesNotContain("address", "my_number", "passport_number");
  }

  @Test
  @Order(6)
  void aSearchThatLedToNoTaskIsListedInTheUnjustifiedReadsReport() {
    java.time.Instant start = java.time.Instant.now().minusSeconds(1);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(search("auditor", "q=" + encode("佐藤")).get("total").asLong()).isEqualTo(1));
    // the clerk's search shows a case whose open task (verify-identity) the clerks' group may work
    assertThat(hitIds(search("clerk", "q=" + encode("佐藤")))).contains(CASES.get("sato"));
    var found = unjustifiedReads.find("352063", start, java.time.Instant.now().plusSeconds(1));
    assertThat(found).anySatisfy(read -> {
      assertThat(read.userId()).isEqualTo("auditor");
      assertThat(read.subjectType()).isEqualTo("SEARCH");
      assertThat(read.reason()).isEqualTo(jp.vaccinationoffice.caseserver.accesslog.UnjustifiedReason.SEARCH_LED_TO_NO_TASK);
    });
    assertThat(found).noneSatisfy(read -> assertThat(read.userId()).isEqualTo("clerk"));
  }

  @Test
  @Order(10)
  void withTheSearchEngineDownCaseWorkGoesOnTheOutboxGrowsAndCatchesUp() {
    cluster.stopLocalNode();
    HttpResponse<String> unavailable = http.get("/api/search?q=" + encode("高橋"), "clerk", PASSWORD);
    assertThat(unavailable.statusCode()).isEqualTo(503);
    assertThat(unavailable.body()).contains("search is not available");

    String during = intake("clerk", "髙木", "桜", "タカギ", "サクラ", "2001-01-01", "山口県防府市寿町8-1");
    await().atMost(Duration.ofSeconds(10)).until(() -> outbox.pending() > 0);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_outbox WHERE document_id = ?", Long.class, during))
        .isPositive();

    // the node started again serves the classes that share this server after this one
    cluster.adopt(LocalSearchNode.start(properties.embedded().dataDir(), properties.embedded().javaOptions(),
        Duration.ofMinutes(3), cluster.localNode().port()));
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
        assertThat(hitIds(search("clerk", "q=" + encode("高木 桜")))).contains(during));
    await().atMost(Duration.ofSeconds(30)).until(() -> outbox.pending() == 0);
    assertThat(hitIds(search("clerk", "q=" + encode("高橋")))).contains(CASES.get("takahashi"));

    // the reindex rebuilds every index from the database
    SearchReindexCommand.Reindexed reindexed = SearchReindexCommand.reindex(jdbc, cluster, properties, indexes,
        outbox, indexer, sources);
    assertThat(reindexed.documents()).isGreaterThanOrEqualTo(7);
    assertThat(reindexed.municipalities()).contains("352063", "352021");
    // the rebuilt index shows what was drained at its next refresh
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
      assertThat(hitIds(search("clerk", "q=" + encode("高木")))).contains(during);
      assertThat(hitIds(search("clerk2", "q=" + encode("高橋")))).containsExactly(CASES.get("ube"));
    });
  }

  private String intake(String clerk, String family, String given, String familyKana, String givenKana,
      String birthDate, String address) {
    String eleven = Long.toString(NUMBERS.incrementAndGet());
    String myNumber = eleven + MyNumber.checkDigit(eleven);
    String body = """
        {"previousMunicipalityCode":"%s","myNumber":"%s",
         "resident":{"familyName":"%s","givenName":"%s","familyNameKana":"%s","givenNameKana":"%s",
                     "birthDate":"%s","sex":"FEMALE","address":"%s"},
         "consent":{"given":true,"signedOn":"2026-11-20","formReceived":true}}"""
        .formatted(clerk.equals("clerk2") ? "352063" : "352021", myNumber, family, given, familyKana, givenKana,
            birthDate, address);
    HttpResponse<String> response = http.postJson("/api/move-in-queries", body, clerk, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return read(response.body()).get("caseId").asText();
  }

  private JsonNode search(String user, String query) {
    HttpResponse<String> response = http.get("/api/search?" + query, user, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body());
  }

  private static List<String> hitIds(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
