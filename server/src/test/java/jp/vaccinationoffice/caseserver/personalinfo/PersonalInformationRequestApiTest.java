package jp.vaccinationoffice.caseserver.personalinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfText;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import jp.vaccinationoffice.common.OfficeTime;

/**
 * The requests' API as the counter uses it over HTTP: intake with its idempotency key and bad-input
 * rules, the view and the list with their filters, 補正 and 延長, the other municipality's 404, the
 * tasks worked through the engine REST API, and the disclosed information downloaded as PDF and CSV.
 */
@CaseServerTest
class PersonalInformationRequestApiTest {

  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  static final String BASE = "/api/personal-information-requests";
  static final ObjectMapper JSON = new ObjectMapper();
  static int people = 700;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired Ledger ledger;
  @Autowired IdentityService identityService;

  Http http;
  String myNumber;

  @BeforeEach
  void personInLedger() {
    http = new Http(port);
    myNumber = person("352063", "=1+2");
  }

  String person(String municipality, String lot) {
    String eleven = String.format("%011d", 50_000_000_000L + (++people) * 7919L);
    String number = eleven + MyNumber.checkDigit(eleven);
    ledger.addDoses(municipality, new Ledger.Person(null, number, "防府 太郎", "ホウフ タロウ", LocalDate.of(1970, 5, 5),
        "MALE"), List.of(new Ledger.Dose(1, LocalDate.of(2021, 7, 1), "武田", "スパイクバックス筋注", lot, null)), "TEST");
    return number;
  }

  static String requester() {
    return """
        {"relationship":"SELF","familyName":"防府","givenName":"太郎","familyNameKana":"ホウフ","givenNameKana":"タロウ",
         "birthDate":"1970-05-05","address":"山口県防府市寿町7番1号","phone":"0835-25-2111"}""";
  }

  String disclosure(String method, String receivedOn) {
    return """
        {"type":"DISCLOSURE","channel":"COUNTER","receivedOn":"%s","requester":%s,"subject":{"myNumber":"%s"},
         "disclosure":{"records":["VACCINATION_RECORDS","CASES"],"method":"%s"}}"""
        .formatted(receivedOn, requester(), myNumber, method);
  }

  String today() {
    return LocalDate.now(OfficeTime.ZONE).toString();
  }

  HttpResponse<String> post(String body, String user, String... headers) {
    return http.postJson(BASE, body, user, PASSWORD, headers);
  }

  JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  int requests() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM pi_request", Integer.class);
  }

  @Test
  void aClerkReceivesARequestOnceUnderItsIdempotencyKey() throws Exception {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = post(disclosure("PAPER_COPY", today()), "clerk", "Idempotency-Key", key);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode receipt = json(first);
    assertThat(receipt.get("status").asText()).isEqualTo("CHECKING");
    assertThat(receipt.get("processInstanceId").asText()).isNotBlank();
    assertThat(LocalDate.parse(receipt.get("deadline").asText())).isAfterOrEqualTo(LocalDate.now(OfficeTime.ZONE).plusDays(30));
    int stored = requests();

    HttpResponse<String> again = post(disclosure("PAPER_COPY", today()), "clerk", "Idempotency-Key", key);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(json(again).get("requestId").asText()).isEqualTo(receipt.get("requestId").asText());
    HttpResponse<String> other = post(disclosure("VIEW", today()), "clerk", "Idempotency-Key", key);
    assertThat(other.statusCode()).isEqualTo(409);
    assertThat(requests()).isEqualTo(stored);
    assertThat(post(disclosure("PAPER_COPY", today()), "supervisor").statusCode()).isEqualTo(403);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    int before = requests();
    String correctionWithoutValue = """
        {"type":"CORRECTION","channel":"MAIL","receivedOn":"%s","requester":%s,"subject":{"myNumber":"%s"},
         "correction":{"records":[{"kind":"LEDGER_DOSE","reference":"1","item":"LOT_NUMBER"}],"reason":"誤り"}}"""
        .formatted(today(), requester(), myNumber);
    assertRefused(correctionWithoutValue, "correction.records[0].requestedValue");
    String suspensionWithoutGround = """
        {"type":"SUSPENSION","channel":"MAIL","receivedOn":"%s","requester":%s,"subject":{"myNumber":"%s"},
         "suspension":{"measure":"STOP_PROVISION"}}""".formatted(today(), requester(), myNumber);
    assertRefused(suspensionWithoutGround, "suspension.ground");
    assertRefused(disclosure("VIEW", LocalDate.now(OfficeTime.ZONE).plusDays(1).toString()), "receivedOn lies in the future");
    assertRefused(disclosure("VIEW", "2020-12-31"), "receivedOn lies before");
    assertRefused(disclosure("VIEW", today()).replace("\"records\"", "\"recrods\""), "recrods");
    assertRefused(disclosure("MICROFILM", today()), "disclosure.method");
    String otherMunicipality = disclosure("VIEW", today()).replace(myNumber, person("352021", "FB0001"));
    assertRefused(otherMunicipality, "subject");
    assertThat(requests()).isEqualTo(before);
  }

  void assertRefused(String body, String field) throws Exception {
    HttpResponse<String> response = post(body, "clerk");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(response).get("detail").asText()).contains(field).doesNotContain(myNumber);
  }

  @Test
  void theViewShowsTheDeadlineAndHowItWasComputedAndOnlyToTheMunicipality() throws Exception {
    String id = json(post(disclosure("VIEW", today()), "clerk")).get("requestId").asText();
    int reads = accessLogRows(id);
    HttpResponse<String> response = http.get(BASE + "/" + id, "supervisor", PASSWORD);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(myNumber);
    JsonNode view = json(response);
    assertThat(view.get("status").asText()).isEqualTo("CHECKING");
    assertThat(view.get("subject").get("myNumber").asText()).isEqualTo(MyNumber.parse(myNumber).masked());
    assertThat(view.get("requester").get("familyName").asText()).isEqualTo("防府");
    JsonNode computation = view.get("deadlineComputation");
    assertThat(computation.get("receivedOn").asText()).isEqualTo(today());
    assertThat(computation.get("days").asInt()).isEqualTo(30);
    assertThat(computation.get("pausedDays").asInt()).isZero();
    assertThat(computation.has("closedDaysSkipped")).isTrue();
    assertThat(view.get("overdue").asBoolean()).isFalse();
    assertThat(view.get("history").get(0).get("step").asText()).isEqualTo("RECEIVED");
    assertThat(accessLogRows(id)).isEqualTo(reads + 1);

    assertThat(http.get(BASE + "/" + id, "clerk2", PASSWORD).statusCode()).isEqualTo(404);
    assertThat(http.postJson(BASE + "/" + id + "/extension", "{\"days\":10,\"reason\":\"大量\"}", "clerk2", PASSWORD)
        .statusCode()).isEqualTo(404);
    assertThat(http.get(BASE + "/" + UUID.randomUUID(), "clerk", PASSWORD).statusCode()).isEqualTo(404);
  }

  @Test
  void theListFiltersByStatusTypeDueDateAndOverdue() throws Exception {
    String recent = json(post(disclosure("VIEW", today()), "clerk")).get("requestId").asText();
    String late = json(post(disclosure("VIEW", LocalDate.now(OfficeTime.ZONE).minusDays(50).toString()), "clerk")).get("requestId")
        .asText();
    assertThat(ids("?type=DISCLOSURE")).contains(recent, late);
    assertThat(ids("?type=CORRECTION")).doesNotContain(recent, late);
    assertThat(ids("?overdue=true")).contains(late).doesNotContain(recent);
    assertThat(ids("?overdue=false")).contains(recent).doesNotContain(late);
    assertThat(ids("?dueBefore=" + LocalDate.now(OfficeTime.ZONE))).contains(late).doesNotContain(recent);
    assertThat(ids("?status=CHECKING")).contains(recent);
    assertThat(ids("?status=DISCLOSED")).doesNotContain(recent);
    assertThat(http.get(BASE + "?status=OPEN", "clerk", PASSWORD).statusCode()).isEqualTo(400);
    assertThat(http.get(BASE + "?dueBefore=tomorrow", "clerk", PASSWORD).statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(http.get(BASE, "clerk2", PASSWORD).body()).toString()).doesNotContain(recent);
  }

  List<String> ids(String query) throws Exception {
    HttpResponse<String> response = http.get(BASE + query, "clerk", PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return java.util.stream.StreamSupport.stream(json(response).spliterator(), false)
        .map(n -> n.get("requestId").asText()).toList();
  }

  @Test
  void anExtensionIsGivenOnceWithItsReasonAndItsLetter() throws Exception {
    String id = json(post(disclosure("VIEW", today()), "clerk")).get("requestId").asText();
    assertThat(http.postJson(BASE + "/" + id + "/extension", "{\"days\":31,\"reason\":\"大量\"}", "clerk", PASSWORD)
        .statusCode()).isEqualTo(400);
    assertThat(http.postJson(BASE + "/" + id + "/extension", "{\"days\":10}", "clerk", PASSWORD).statusCode())
        .isEqualTo(400);
    HttpResponse<String> extended = http.postJson(BASE + "/" + id + "/extension",
        "{\"days\":30,\"reason\":\"請求に係る記録の検索に時間を要するため\"}", "supervisor", PASSWORD);
    assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
    JsonNode view = json(extended);
    assertThat(view.get("deadlineComputation").get("extensionDays").asInt()).isEqualTo(30);
    assertThat(view.get("deadlineComputation").get("extensionReason").asText()).contains("検索");
    assertThat(view.get("letters").get(0).get("kind").asText()).isEqualTo("EXTENSION_NOTICE");
    String letter = BASE + "/" + id + "/letters/" + view.get("letters").get(0).get("letterId").asText();
    HttpResponse<byte[]> pdf = bytes(letter, "auditor");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(PdfText.joined(pdf.body())).contains("延長通知書", "検索に時間を要するため", "防府");
    assertThat(bytes(letter, "clerk2").statusCode()).isEqualTo(404);
    assertThat(bytes(BASE + "/" + id + "/letters/" + UUID.randomUUID(), "clerk").statusCode()).isEqualTo(404);
    assertThat(http.postJson(BASE + "/" + id + "/extension", "{\"days\":5,\"reason\":\"再度\"}", "clerk", PASSWORD)
        .statusCode()).isEqualTo(409);
    assertThat(http.postJson(BASE + "/" + id + "/amendment-received", "{\"receivedOn\":\"" + today() + "\"}", "clerk",
        PASSWORD).statusCode()).isEqualTo(409);
  }

  @Test
  void aRequestAboutThePersonByTheFourBasicItemsIsMatchedInTheLedger() throws Exception {
    String eleven = String.format("%011d", 60_000_000_000L + (++people) * 7919L);
    ledger.addDoses("352063", new Ledger.Person(null, eleven + MyNumber.checkDigit(eleven), "周南 次郎", "シュウナン ジロウ",
        LocalDate.of(1965, 3, 3), "MALE"), List.of(new Ledger.Dose(1, LocalDate.of(2021, 7, 1), "武田",
        "スパイクバックス筋注", "TK0001", null)), "TEST");
    String body = """
        {"type":"DISCLOSURE","channel":"MAIL","receivedOn":"%s","requester":%s,
         "subject":{"familyName":"周南","givenName":"次郎","birthDate":"1965-03-03","sex":"MALE","address":"山口県防府市寿町7番1号"},
         "disclosure":{"records":["VACCINATION_RECORDS"],"method":"VIEW"}}""".formatted(today(), requester());
    HttpResponse<String> response = post(body, "clerk");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String id = json(response).get("requestId").asText();
    JsonNode view = json(http.get(BASE + "/" + id, "clerk", PASSWORD));
    assertThat(view.get("subject").get("familyName").asText()).isEqualTo("周南");
    assertThat(view.get("subject").has("myNumber")).isFalse();

    assertRefused(body.replace("1965-03-03", "1965-03-04"), "subject");
    assertRefused(body.replace("\"sex\":\"MALE\",", ""), "subject.sex");
  }

  @Test
  void aDisclosedRequestIsDownloadedAsPdfAndAsACsvWithoutFormulas() throws Exception {
    String id = json(post(disclosure("ELECTRONIC_COPY", today()), "clerk")).get("requestId").asText();
    assertThat(http.get(BASE + "/" + id + "/disclosed-information.pdf", "clerk", PASSWORD).statusCode()).isEqualTo(409);
    complete(id, "check-request", "clerk", """
        {"completeness":{"value":"COMPLETE"},"identityDocument":{"value":"MY_NUMBER_CARD"},
         "representationProof":{"value":"NONE"},"powerOfAttorney":{"value":"NONE"}}""");
    chief();
    HttpResponse<String> unknownItem = completion(id, "draft-decision", "chief", """
        {"decision":{"value":"PARTIAL"},"withheldOtherIndividual":{"value":"9"}}""");
    assertThat(unknownItem.statusCode()).as(unknownItem.body()).isEqualTo(400);
    assertThat(unknownItem.body()).contains("項目9は収集した保有個人情報にありません");
    HttpResponse<String> withheldKind = completion(id, "draft-decision", "chief", """
        {"decision":{"value":"PARTIAL"},"withheldKind":{"value":"VACCINATION_RECORDS"}}""");
    assertThat(withheldKind.statusCode()).as(withheldKind.body()).isEqualTo(403);
    complete(id, "draft-decision", "chief", "{\"decision\":{\"value\":\"FULL\"}}");
    String decide = await().atMost(Duration.ofSeconds(30)).until(() -> json(http.get("/engine-rest/task?processInstanceBusinessKey="
        + id + "&taskDefinitionKey=decide-request&maxResults=10", "chief", PASSWORD)), tasks -> tasks.size() == 1)
        .get(0).get("id").asText();
    HttpResponse<String> byDrafter = http.postJson("/engine-rest/task/" + decide + "/complete",
        "{\"variables\":{\"approval\":{\"value\":\"APPROVE\"}}}", "chief", PASSWORD);
    assertThat(byDrafter.statusCode()).as(byDrafter.body()).isEqualTo(400);
    assertThat(byDrafter.body()).contains("drafted");
    complete(id, "decide-request", "supervisor", "{\"approval\":{\"value\":\"APPROVE\"}}");
    await().atMost(Duration.ofSeconds(30)).until(() -> json(http.get(BASE + "/" + id, "clerk", PASSWORD))
        .get("status").asText().equals("DISCLOSED"));

    int exports = accessLogRows(id);
    HttpResponse<byte[]> pdf = bytes(BASE + "/" + id + "/disclosed-information.pdf", "clerk");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    String text = PdfText.joined(pdf.body());
    assertThat(text).contains("開示する保有個人情報", "予防接種台", "スパイクバックス筋注", "ロット番号", "防府市長");
    assertThat(text).doesNotContain(myNumber);

    HttpResponse<byte[]> csv = bytes(BASE + "/" + id + "/disclosed-information.csv", "clerk");
    assertThat(csv.statusCode()).isEqualTo(200);
    String lines = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(lines).startsWith("区分,項目,内容,出典\r\n");
    assertThat(lines).contains(",ロット番号,'=1+2,").doesNotContain(",=1+2").doesNotContain(myNumber);
    assertThat(accessLogRows(id)).isEqualTo(exports + 2);
  }

  /** A supervisor of 防府市 who also works as a clerk. */
  void chief() {
    if (identityService.createUserQuery().userId("chief").count() > 0) {
      return;
    }
    User user = identityService.newUser("chief");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership("chief", "clerks");
    identityService.createMembership("chief", "supervisors");
    identityService.createTenantUserMembership("352063", "chief");
  }

  void complete(String requestId, String taskKey, String user, String variables) throws Exception {
    HttpResponse<String> completed = completion(requestId, taskKey, user, variables);
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }

  HttpResponse<String> completion(String requestId, String taskKey, String user, String variables) throws Exception {
    JsonNode task = await().atMost(Duration.ofSeconds(30)).until(() -> json(http.get(
        "/engine-rest/task?processInstanceBusinessKey=" + requestId + "&taskDefinitionKey=" + taskKey
            + "&maxResults=10", user, PASSWORD)), tasks -> tasks.size() == 1).get(0);
    return http.postJson("/engine-rest/task/" + task.get("id").asText() + "/complete",
        "{\"variables\":" + variables + "}", user, PASSWORD);
  }

  HttpResponse<byte[]> bytes(String path, String user) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  int accessLogRows(String requestId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE subject_id = ?", Integer.class, requestId);
  }
}
