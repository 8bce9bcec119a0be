package jp.vaccinationoffice.caseserver.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jp.vaccinationoffice.caseserver.certificates.CertificateIntake;
import jp.vaccinationoffice.caseserver.certificates.CertificateRequest;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest;
import jp.vaccinationoffice.caseserver.personalinfo.RequestIntake;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.caseserver.support.AxeCheck;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.tasklist.HeadlessChromium;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certificate requests, certificates and disclosure, correction and suspension requests in the search
 * (the same server and search node as {@link SearchServerTest}): found by their name variants, type
 * and status, only in their own municipality, with nothing secret in the indexed document; each
 * change noted in the outbox in the transaction of the change; a claimed or unclaimed task shows who
 * works the case; the reindex brings every type back.
 */
@CaseServerTest
@TestPropertySource(properties = {"search.embedded.enabled=true",
    "search.embedded.data-dir=" + SearchNodeTestData.DIRECTORY_PROPERTY, "search.indexer.interval=200ms",
    "search.indexer.max-backoff=1s"})
class RequestAndCertificateSearchTest {

  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  static final String HOFU = "352063";
  static final String UBE = "352021";
  static final String PASSPORT = "TZ7654321";
  static final ObjectMapper JSON = new ObjectMapper();
  static final AtomicLong NUMBERS = new AtomicLong(30_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);
  static final Map<String, String> IDS = new ConcurrentHashMap<>();
  static final Map<String, String> NUMBERS_OF = new ConcurrentHashMap<>();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired SearchCluster cluster;
  @Autowired SearchIndexes indexes;
  @Autowired SearchOutbox outbox;
  @Autowired SearchIndexer indexer;
  @Autowired SearchProperties properties;
  @Autowired List<SearchDocumentSource> sources;
  @Autowired Ledger ledger;
  @Autowired CertificateIntake certificateIntake;
  @Autowired RequestIntake requestIntake;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ObjectMapper springJson;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    SearchNodeTestData.awaitConnected(cluster);
    if (IDS.isEmpty()) {
      String hofuPerson = inLedger(HOFU, "hofu-certificate", "髙田 美咲", "タカダ ミサキ", "1988-02-03");
      String certificateRequest = certificateRequest("clerk", hofuPerson, "髙田", "美咲", "タカダ", "ミサキ");
      completeTask(certificateRequest, "verify-applicant", "clerk",
          "{\"numberDocument\":{\"value\":\"MY_NUMBER_CARD\"},\"identityDocument\":{\"value\":\"MY_NUMBER_CARD\"},"
              + "\"passportCheck\":{\"value\":\"MATCHES\"}}");
      IDS.put("certificate-request", certificateRequest);
      IDS.put("certificate", await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForList(
          "SELECT id FROM certificate WHERE case_id = ?", String.class, certificateRequest), ids -> ids.size() == 1).get(0));
      String ubePerson = inLedger(UBE, "ube-certificate", "高田 美咲", "タカダ ミサキ", "1988-02-03");
      IDS.put("ube-certificate-request", certificateRequest("clerk2", ubePerson, "高田", "美咲", "タカダ", "ミサキ"));

      String subject = inLedger(HOFU, "hofu-subject", "齋木 健", "サイキ ケン", "1965-09-09");
      IDS.put("disclosure-request", personalInformationRequest("clerk", subject, "DISCLOSURE", """
          "disclosure":{"records":["VACCINATION_RECORDS"],"method":"PAPER_COPY"}"""));
      IDS.put("correction-request", personalInformationRequest("clerk", subject, "CORRECTION", """
          "correction":{"records":[{"kind":"LEDGER_DOSE","reference":"1","item":"LOT_NUMBER","requestedValue":"FX0001"}],
           "reason":"ロット番号の誤り"}"""));
      IDS.put("suspension-request", personalInformationRequest("clerk", subject, "SUSPENSION", """
          "suspension":{"measure":"STOP_PROVISION","ground":"IMPROPER_USE"}"""));
      String ubeSubject = inLedger(UBE, "ube-subject", "斎木 健", "サイキ ケン", "1965-09-09");
      IDS.put("ube-disclosure-request", personalInformationRequest("clerk2", ubeSubject, "DISCLOSURE", """
          "disclosure":{"records":["VACCINATION_RECORDS"],"method":"PAPER_COPY"}"""));
    }
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "certificate-request | 高田 美咲            | type=certificate-request",
      "certificate-request | ﾀｶﾀﾞ ﾐｻｷ             | type=certificate-request",
      "certificate-request | TAKADA MISAKI        | type=certificate-request&status=ISSUED",
      "certificate-request | 昭和63年2月3日 髙田   | type=certificate-request",
      "certificate         | 高田美咲             | type=certificate&status=ISSUED",
      "certificate         | たかだ               | type=certificate",
      "certificate         | takada               | type=certificate",
      "disclosure-request  | 斎木 健              | type=disclosure-request&status=CHECKING",
      "disclosure-request  | さいき けん           | type=disclosure-request",
      "disclosure-request  | S40.9.9              | type=disclosure-request",
      "correction-request  | 齋木                 | type=correction-request&status=CHECKING",
      "suspension-request  | ｻｲｷ                  | type=suspension-request&status=CHECKING"})
  void eachNewTypeIsFoundByItsNameVariantsTypeAndStatus(String type, String q, String filters) {
    String id = IDS.get(type);
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
      JsonNode found = search("clerk", "q=" + encode(q) + "&" + filters);
      assertThat(hitIds(found)).as(q).contains(id);
      assertThat(found.get("hits")).allSatisfy(hit -> assertThat(hit.get("type").asText()).isEqualTo(type));
    });
  }

  @Test
  void aReferenceFindsTheRequestAndACertificateIdItsCertificate() {
    String request = IDS.get("disclosure-request");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(hitIds(search("clerk", "q=" + request.substring(0, 8).toUpperCase()))).containsExactly(request);
      assertThat(hitIds(search("clerk", "q=" + IDS.get("certificate")))).containsExactly(IDS.get("certificate"));
    });
    JsonNode hit = search("clerk", "q=" + request).get("hits").get(0);
    assertThat(hit.get("deadline").asText()).isNotBlank();
    assertThat(hit.get("name").asText()).isEqualTo("齋木 健");
    assertThat(hit.get("birthDate").asText()).isEqualTo("1965-09-09");
    HttpResponse<String> unknownType = http.get("/api/search?q=" + encode("齋木") + "&type=certificates", "clerk",
        PASSWORD);
    assertThat(unknownType.statusCode()).isEqualTo(400);
    assertThat(unknownType.body()).contains("certificate-request", "disclosure-request");
  }

  @Test
  void anotherMunicipalitysClerkFindsNothingOfHofusCertificatesAndRequestsEvenWithACraftedQuery() {
    String ubeRequest = IDS.get("ube-certificate-request");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(hitIds(search("clerk2", "q=" + encode("高田 美咲")))).containsExactly(ubeRequest);
      assertThat(hitIds(search("clerk2", "q=" + encode("斎木 健")))).containsExactly(IDS.get("ube-disclosure-request"));
    });
    Set<String> hofu = Set.of(IDS.get("certificate-request"), IDS.get("certificate"), IDS.get("disclosure-request"),
        IDS.get("correction-request"), IDS.get("suspension-request"));
    List<String> crafted = new ArrayList<>(List.of("q=" + encode("高田") + "&municipality=" + HOFU,
        "q=" + encode("髙田 1988-02-03") + "&type=certificate&municipalityCode=" + HOFU + "&index=cases-" + HOFU,
        "type=certificate", "type=disclosure-request&status=CHECKING", "q=" + encode("齋木") + "&type=correction-request",
        "q=" + IDS.get("certificate"), "q=" + encode("352063-*")));
    hofu.forEach(id -> crafted.add("q=" + id));
    for (String query : crafted) {
      HttpResponse<String> response = http.get("/api/search?" + query, "clerk2", PASSWORD);
      if (response.statusCode() == 200) {
        assertThat(hitIds(read(response.body()))).as(query).doesNotContainAnyElementsOf(hofu);
      } else {
        assertThat(response.statusCode()).as(query).isEqualTo(400);
      }
    }
    assertThat(hitIds(search("clerk", "q=" + encode("高田 美咲")))).contains(IDS.get("certificate-request"))
        .doesNotContain(ubeRequest);
  }

  @Test
  void theIndexedDocumentsHoldNoMyNumberNoHmacNoPassportNumberAndNoAddress() throws Exception {
    String request = IDS.get("certificate-request");
    Map<String, Object> caseRow = jdbc.queryForMap(
        "SELECT my_number_sealed, my_number_index FROM case_file WHERE id = ?", request);
    Map<String, Object> subjectRow = jdbc.queryForMap(
        "SELECT subject_index, subject_sealed, requester_sealed FROM pi_request WHERE id = ?", IDS.get("disclosure-request"));
    String masked = jdbc.queryForObject("SELECT passport_number_masked FROM certificate WHERE id = ?", String.class,
        IDS.get("certificate"));
    for (String type : List.of("certificate-request", "certificate", "disclosure-request", "correction-request",
        "suspension-request")) {
      Map<String, Object> source = await().atMost(Duration.ofSeconds(30)).until(() -> rawDocument(type, IDS.get(type)),
          document -> document != null);
      String text = JSON.writeValueAsString(source);
      assertThat(SearchIndexes.MAPPING.keySet()).as(type).containsAll(source.keySet());
      assertThat(text).as(type).doesNotContain(PASSPORT).doesNotContain(masked)
          .doesNotContain((String) caseRow.get("MY_NUMBER_INDEX")).doesNotContain((String) caseRow.get("MY_NUMBER_SEALED"))
          .doesNotContain((String) subjectRow.get("SUBJECT_INDEX")).doesNotContain((String) subjectRow.get("SUBJECT_SEALED"))
          .doesNotContain((String) subjectRow.get("REQUESTER_SEALED"))
          .doesNotContain("寿町").doesNotContain("山口県").doesNotContain("747-8501").doesNotContain("0835-25-2111");
      assertThat(MyNumber.appearsIn(text)).as(type).isFalse();
      NUMBERS_OF.values().forEach(number -> assertThat(text).doesNotContain(number));
    }
    assertThat(rawDocument("certificate", IDS.get("certificate"))).containsEntry("name_roman", "TAKADA MISAKI")
        .containsEntry("status", "ISSUED").containsEntry("reception_number", IDS.get("certificate"));
  }

  @Test
  void aRolledBackIntakeLeavesNoOutboxRowAndACommittedChangeLeavesOne() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    StaffPrincipal clerk = new StaffPrincipal("clerk", HOFU, Set.of("clerks"));
    String person = inLedger(HOFU, "rolled-back", "早川 剛", "ハヤカワ ツヨシ", "1970-01-01");
    String[] ids = new String[2];
    transaction.executeWithoutResult(status -> {
      ids[0] = certificateIntake.receive(parse(certificateBody(person, "早川", "剛", "ハヤカワ", "ツヨシ"),
          CertificateRequest.class), null, clerk, "127.0.0.1").answer().requestId();
      ids[1] = requestIntake.receive(parse("{" + requestBody(person, "DISCLOSURE", """
          "disclosure":{"records":["VACCINATION_RECORDS"],"method":"PAPER_COPY"}""") + "}",
          PersonalInformationRequest.class), null, clerk, "127.0.0.1").answer().requestId();
      assertThat(outboxRows(ids)).as("both noted in the intake's transaction").isEqualTo(2);
      status.setRollbackOnly();
    });
    assertThat(outboxRows(ids)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE id = ?", Long.class, ids[0])).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pi_request WHERE id = ?", Long.class, ids[1])).isZero();

    String committed = certificateRequest("clerk", person, "早川", "剛", "ハヤカワ", "ツヨシ");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(hitIds(search("clerk", "q=" + encode("早川 剛") + "&type=certificate-request"))).contains(committed));
  }

  @Test
  void aClaimShowsTheNewAssigneeInTheDocumentAndAnUnclaimClearsIt() {
    String request = IDS.get("certificate-request");
    String taskId = awaitTask(request, "mail-certificate", "clerk");
    assertClaim(taskId, "claim", "{\"userId\":\"clerk\"}");
    long claimed = System.nanoTime();
    await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
        assertThat(assigneeIn(rawDocument("certificate-request", request))).isEqualTo("clerk"));
    System.out.printf("claim visible in the index after %d ms%n", (System.nanoTime() - claimed) / 1_000_000);
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
      assertThat(assigneeIn(rawDocument("certificate", IDS.get("certificate")))).isEqualTo("clerk");
      JsonNode hit = search("clerk", "q=" + request + "&type=certificate-request").path("hits").path(0);
      assertThat(hit.path("assignee").asText()).isEqualTo("clerk");
    });

    assertClaim(taskId, "unclaim", "{}");
    await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
        assertThat(assigneeIn(rawDocument("certificate-request", request))).isNull());

    String disclosure = IDS.get("disclosure-request");
    String check = awaitTask(disclosure, "check-request", "clerk");
    assertClaim(check, "claim", "{\"userId\":\"clerk\"}");
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(assigneeIn(rawDocument("disclosure-request", disclosure))).isEqualTo("clerk"));
    assertClaim(check, "unclaim", "{}");
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(assigneeIn(rawDocument("disclosure-request", disclosure))).isNull());
  }

  @Test
  void theReindexBringsBackEveryNewType() {
    for (String type : List.of("certificate-request", "certificate", "disclosure-request", "correction-request",
        "suspension-request")) {
      await().atMost(Duration.ofSeconds(30)).until(() -> rawDocument(type, IDS.get(type)) != null);
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> outbox.pending() == 0);
    SearchReindexCommand.Reindexed reindexed = SearchReindexCommand.reindex(jdbc, cluster, properties, indexes, outbox,
        indexer, sources);
    assertThat(reindexed.documents()).isGreaterThanOrEqualTo(IDS.size());
    for (String type : List.of("certificate-request", "certificate", "disclosure-request", "correction-request",
        "suspension-request")) {
      assertThat(rawDocument(type, IDS.get(type))).as(type).isNotNull().containsEntry("type", type);
    }
    assertThat(rawDocument("certificate-request", IDS.get("ube-certificate-request"))).isNull();
  }

  /** The staff search screen in headless Chromium, as a clerk uses it (one browser for this test only). */
  @Test
  void theSearchScreenNamesTheNewTypesAndTheirStatusesInJapaneseAndNarrowsByType() throws Exception {
    HeadlessChromium chromium = new HeadlessChromium();
    chromium.beforeEach(null);
    try {
      WebDriver browser = chromium.driver();
      browser.get(url("/operaton/app/welcome/default/"));
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      wait.until(visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[ng-model=username]")))
          .sendKeys("clerk");
      browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(PASSWORD);
      browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
      wait.until(visibilityOfElementLocated(By.cssSelector("li.account")));

      await().atMost(Duration.ofSeconds(30)).until(() -> rawDocument("suspension-request",
          IDS.get("suspension-request")) != null);
      browser.get(url("/staff/search?q=" + encode("斎木 健")));
      String rows = browser.findElement(By.cssSelector("table.results tbody")).getText();
      assertThat(rows).contains("開示請求", "訂正請求", "利用停止請求", "審査中", "齋木 健", "サイキ ケン");
      assertThat(rows).doesNotContain("CHECKING", "disclosure-request");
      chromium.screenshot("staff/search-requests");
      AxeCheck.assertNoSeriousViolation(browser, "staff/search-requests");

      browser.findElement(By.id("q")).clear();
      browser.findElement(By.id("q")).sendKeys("たかだ みさき");
      new Select(browser.findElement(By.id("type"))).selectByVisibleText("接種証明書");
      browser.findElement(By.cssSelector("form[role=search] button")).click();
      wait.until(visibilityOfElementLocated(By.id("result-title")));
      List<WebElement> found = browser.findElements(By.cssSelector("table.results tbody tr"));
      assertThat(found).hasSize(1);
      assertThat(found.get(0).getText()).contains(IDS.get("certificate"), "接種証明書", "交付済み", "髙田 美咲");
      assertThat(new Select(browser.findElement(By.id("type"))).getFirstSelectedOption().getText())
          .isEqualTo("接種証明書");
      chromium.screenshot("staff/search-certificates");
      AxeCheck.assertNoSeriousViolation(browser, "staff/search-certificates");

      browser.get(url("/staff/search?q=" + encode("高田") + "&type=unknown-type"));
      assertThat(browser.findElement(By.id("type-error")).getText()).contains("種類は一覧から選んでください");
      AxeCheck.assertNoSeriousViolation(browser, "staff/search-type-refused");
    } finally {
      chromium.afterEach(null);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private <T> T parse(String json, Class<T> type) {
    try {
      return springJson.readValue(json, type);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long outboxRows(String[] ids) {
    return jdbc.queryForObject("SELECT COUNT(DISTINCT document_id) FROM search_outbox WHERE document_id IN (?, ?)",
        Long.class, ids[0], ids[1]);
  }

  private static String assigneeIn(Map<?, ?> document) {
    assertThat(document).isNotNull();
    Object assignee = document.get("assignee");
    return assignee == null ? null : assignee.toString();
  }

  /** The document as OpenSearch holds it in Hofu's index, or null. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> rawDocument(String type, String id) {
    try {
      var got = cluster.client().get(g -> g.index(indexes.indexOf(HOFU)).id(type + ":" + id), Map.class);
      return got.found() ? (Map<String, Object>) got.source() : null;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String inLedger(String municipality, String key, String name, String kana, String birthDate) {
    String eleven = Long.toString(NUMBERS.incrementAndGet());
    String myNumber = eleven + MyNumber.checkDigit(eleven);
    NUMBERS_OF.put(key, myNumber);
    ledger.addDoses(municipality, new Ledger.Person(null, myNumber, name, kana, LocalDate.parse(birthDate), "FEMALE"),
        List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ筋注", "FA1234", null)), "TEST");
    return myNumber;
  }

  private static String certificateBody(String myNumber, String family, String given, String familyKana,
      String givenKana) {
    return """
        {"channel":"MAIL","use":"OVERSEAS","myNumber":"%s",
         "applicant":{"familyName":"%s","givenName":"%s","familyNameKana":"%s","givenNameKana":"%s",
                      "birthDate":"1988-02-03","sex":"FEMALE","address":"山口県防府市寿町7-1"},
         "passport":{"number":"%s","nationality":"JPN","familyNameRoman":"TAKADA","givenNameRoman":"MISAKI"},
         "mailTo":{"postalCode":"747-8501","address":"山口県防府市寿町7-1"}}"""
        .formatted(myNumber, family, given, familyKana, givenKana, PASSPORT);
  }

  private String certificateRequest(String clerk, String myNumber, String family, String given, String familyKana,
      String givenKana) {
    HttpResponse<String> response = http.postJson("/api/certificate-requests",
        certificateBody(myNumber, family, given, familyKana, givenKana), clerk, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return read(response.body()).get("requestId").asText();
  }

  private static String requestBody(String myNumber, String type, String section) {
    return """
        "type":"%s","channel":"COUNTER","receivedOn":"%s",
        "requester":{"relationship":"SELF","familyName":"齋木","givenName":"健","familyNameKana":"サイキ",
                     "givenNameKana":"ケン","birthDate":"1965-09-09","address":"山口県防府市寿町7番1号","phone":"0835-25-2111"},
        "subject":{"myNumber":"%s"},%s""".formatted(type, LocalDate.now(), myNumber, section);
  }

  private String personalInformationRequest(String clerk, String myNumber, String type, String section) {
    HttpResponse<String> response = http.postJson("/api/personal-information-requests",
        "{" + requestBody(myNumber, type, section) + "}", clerk, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return read(response.body()).get("requestId").asText();
  }

  private void completeTask(String businessKey, String taskKey, String user, String variables) {
    String taskId = awaitTask(businessKey, taskKey, user);
    HttpResponse<String> response = http.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":" + variables + "}", user, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private String awaitTask(String businessKey, String taskKey, String user) {
    return await().atMost(Duration.ofSeconds(60)).until(() -> {
      JsonNode tasks = read(http.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey
          + "&taskDefinitionKey=" + taskKey + "&firstResult=0&maxResults=5", user, PASSWORD).body());
      return tasks.size() == 1 ? tasks.get(0).get("id").asText() : null;
    }, id -> id != null);
  }

  private void assertClaim(String taskId, String action, String body) {
    HttpResponse<String> response = http.postJson("/engine-rest/task/" + taskId + "/" + action, body, "clerk",
        PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
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
