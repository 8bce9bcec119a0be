package jp.vaccinationoffice.caseserver.movein;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.suspensions.Measure;
import jp.vaccinationoffice.caseserver.suspensions.ProcessingRestrictions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Intake refuses bad requests with a problem body and stores nothing, starts nothing. */
@CaseServerTest
class MoveInIntakeTest {

  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired ObjectMapper objectMapper;
  @Autowired ProcessingRestrictions restrictions;
  @Autowired PersonalDataCipher cipher;
  Http http;
  int casesBefore;
  int consentsBefore;
  long processesBefore;

  @BeforeEach
  void client() {
    MoveInScenario.closeOpenCases(runtimeService);
    http = new Http(port);
    casesBefore = count("case_file");
    consentsBefore = count("consent");
    processesBefore = runtimeService.createProcessInstanceQuery().count();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "wrong check digit       | \"myNumber\":\"123456789018\" | \"myNumber\":\"123456789012\" | wrong check digit",
      "short My Number         | \"myNumber\":\"123456789018\" | \"myNumber\":\"12345678901\"  | exactly 12 digits",
      "unknown municipality    | \"previousMunicipalityCode\":\"352021\" | \"previousMunicipalityCode\":\"999997\" | unknown",
      "malformed municipality  | \"previousMunicipalityCode\":\"352021\" | \"previousMunicipalityCode\":\"35202\" | 6 digits",
      "own municipality        | \"previousMunicipalityCode\":\"352021\" | \"previousMunicipalityCode\":\"352063\" | own code",
      "consent not given       | \"given\":true | \"given\":false | consent.given must be true",
      "kana not katakana       | \"familyNameKana\":\"ヤマダ\" | \"familyNameKana\":\"やまだ\" | katakana",
      "impossible date         | \"birthDate\":\"1980-04-01\" | \"birthDate\":\"1980-02-30\" | real calendar date",
      "birth in the future     | \"birthDate\":\"1980-04-01\" | \"birthDate\":\"2999-04-01\" | not a possible birth date",
      "unknown sex             | \"sex\":\"FEMALE\" | \"sex\":\"X\" | MALE or FEMALE",
      "missing consent date    | \"signedOn\":\"2026-11-20\", | '' | consent.signedOn is required"
  })
  void refusesAndStoresNothing(String what, String valid, String invalid, String message) {
    String body = MoveInScenario.request("352021", true).replace(valid, invalid);
    assertThat(body).as("fixture must change the request").isNotEqualTo(MoveInScenario.request("352021", true));

    HttpResponse<String> response = http.postJson("/api/move-in-queries", body, "clerk", PASSWORD);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    assertThat(response.body()).contains(message).doesNotContain("123456789012");
    assertNothingStored();
  }

  @Test
  void refusesInvalidJson() {
    HttpResponse<String> response = http.postJson("/api/move-in-queries", "{\"myNumber\": ", "clerk", PASSWORD);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not valid JSON");
    assertNothingStored();
  }

  @Test
  void onlyClerksMayReceiveAMoveIn() {
    String body = MoveInScenario.request("352021", true);
    assertThat(http.postJson("/api/move-in-queries", body, null, null).statusCode()).isEqualTo(401);
    assertThat(http.postJson("/api/move-in-queries", body, "supervisor", PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.postJson("/api/move-in-queries", body, "auditor", PASSWORD).statusCode()).isEqualTo(403);
    assertNothingStored();
  }

  @Test
  void anotherMunicipalitysStaffCannotSeeTheCase() {
    HttpResponse<String> created = http.postJson("/api/move-in-queries", MoveInScenario.request("352021", true),
        "clerk", PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String caseId = MoveInScenario.read(created.body()).get("caseId").asText();

    assertThat(http.get("/api/cases/" + caseId, "clerk2", PASSWORD).statusCode()).isEqualTo(404);
    HttpResponse<String> own = http.get("/api/cases/" + caseId, "supervisor", PASSWORD);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(http.get("/api/cases/" + caseId, "auditor", PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/cases/" + caseId, "admin", PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/cases/no-such-case", "clerk", PASSWORD).statusCode()).isEqualTo(404);

    String tasks = http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId + "&firstResult=0&maxResults=5",
        "clerk2", PASSWORD).body();
    assertThat(MoveInScenario.read(tasks)).isEmpty();
    String withdrawal = "/api/consents/" + MoveInScenario.read(created.body()).get("consentId").asText() + "/withdraw";
    assertThat(http.postJson(withdrawal, "{}", "clerk2", PASSWORD).statusCode()).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "NUL in familyName           | \"familyName\":\"山田\"     | \"familyName\":\"山\\u0000田\"       | resident.familyName contains a control character",
      "escape in givenName         | \"givenName\":\"花子\"      | \"givenName\":\"\\u001b[31m花子\"    | resident.givenName contains a control character",
      "tab in givenName            | \"givenName\":\"花子\"      | \"givenName\":\"花\\t子\"            | resident.givenName contains a control character",
      "newline in address          | \"address\":\"山口県防府市寿町7-1\" | \"address\":\"山口県防府市\\n寿町7-1\" | resident.address contains a control character",
      "C1 control in address       | \"address\":\"山口県防府市寿町7-1\" | \"address\":\"山口県\\u0085防府市寿町7-1\" | resident.address contains a control character",
      "bidi override in address    | \"address\":\"山口県防府市寿町7-1\" | \"address\":\"山口県\\u202e防府市寿町7-1\" | resident.address contains a bidirectional-text control",
      "bidi isolate in familyName  | \"familyName\":\"山田\"     | \"familyName\":\"\\u2067山田\"       | resident.familyName contains a bidirectional-text control",
      "zero-width space in kana    | \"familyNameKana\":\"ヤマダ\" | \"familyNameKana\":\"ヤマ\\u200bダ\"  | resident.familyNameKana contains an invisible",
      "byte order mark in kana     | \"givenNameKana\":\"ハナコ\" | \"givenNameKana\":\"\\ufeffハナコ\"   | resident.givenNameKana contains an invisible",
      "word joiner in familyName   | \"familyName\":\"山田\"     | \"familyName\":\"山\\u2060田\"       | resident.familyName contains an invisible",
      "blank givenName             | \"givenName\":\"花子\"      | \"givenName\":\" \\u3000 \"        | resident.givenName is required",
      "unpaired surrogate          | \"familyName\":\"山田\"     | \"familyName\":\"山\\ud842\"         | resident.familyName contains an unpaired surrogate"
  })
  void refusesFreeTextThatShouldNeverBeStored(String what, String valid, String invalid, String message) {
    assertRefused(MoveInScenario.request("352021", true).replace(valid, invalid), message);
  }

  @ParameterizedTest(name = "{0} of {1} characters")
  @CsvSource({"familyName, 101, 山田", "givenName, 101, 花子", "familyNameKana, 101, ヤマダ", "givenNameKana, 101, ハナコ",
      "address, 301, 山口県防府市寿町7-1"})
  void refusesTextBeyondTheFieldsLimit(String field, int length, String valid) {
    String longer = (valid.endsWith("1") ? "1" : valid.substring(0, 1)).repeat(length);
    assertRefused(MoveInScenario.request("352021", true).replace("\"" + field + "\":\"" + valid + "\"",
        "\"" + field + "\":\"" + longer + "\""), "resident." + field + " is longer than " + (length - 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "myNumber as a number         | \"myNumber\":\"123456789018\" | \"myNumber\":123456789018     | myNumber must be a JSON string",
      "familyName as a number       | \"familyName\":\"山田\"       | \"familyName\":1              | resident.familyName must be a JSON string",
      "sex as a boolean             | \"sex\":\"FEMALE\"            | \"sex\":true                  | resident.sex must be a JSON string",
      "address as an object         | \"address\":\"山口県防府市寿町7-1\" | \"address\":{\"line\":1}  | resident.address must be a JSON string",
      "given as a string            | \"given\":true               | \"given\":\"true\"             | consent.given must be true or false",
      "formReceived as a number     | \"formReceived\":true        | \"formReceived\":1            | consent.formReceived must be true or false",
      "birthDate as a date-time     | \"birthDate\":\"1980-04-01\"  | \"birthDate\":\"1980-04-01T00:00:00\" | resident.birthDate must be a real calendar date",
      "birthDate with a zone        | \"birthDate\":\"1980-04-01\"  | \"birthDate\":\"1980-04-01T00:00:00Z\" | resident.birthDate must be a real calendar date",
      "birthDate as a number        | \"birthDate\":\"1980-04-01\"  | \"birthDate\":3743            | resident.birthDate must be a real calendar date",
      "birthDate as an array        | \"birthDate\":\"1980-04-01\"  | \"birthDate\":[1980,4,1]      | resident.birthDate must be a real calendar date",
      "signedOn as a date-time      | \"signedOn\":\"2026-11-20\"   | \"signedOn\":\"2026-11-20T09:00:00+09:00\" | consent.signedOn must be a real calendar date",
      "resident as a string         | \"resident\":{               | \"resident\":\"山田\",\"x\":{  | resident must be a JSON object",
      "signedOn before birthDate    | \"signedOn\":\"2026-11-20\"   | \"signedOn\":\"1979-12-31\"    | consent.signedOn lies before resident.birthDate",
      "placeholder My Number        | \"myNumber\":\"123456789018\" | \"myNumber\":\"000000000000\"  | placeholder",
      "unknown top-level field      | \"myNumber\":\"123456789018\" | \"myNumber\":\"123456789018\",\"myNumbr\":\"1\" | unknown field myNumbr",
      "unknown nested field         | \"sex\":\"FEMALE\"            | \"sex\":\"FEMALE\",\"gender\":\"F\" | unknown field resident.gender",
      "My Number as a field name    | \"sex\":\"FEMALE\"            | \"sex\":\"FEMALE\",\"123456789018\":1 | unknown field resident.(a field whose name is not a plain name)",
      "duplicate top-level key      | \"myNumber\":\"123456789018\" | \"myNumber\":\"123456789018\",\"myNumber\":\"123456789018\" | field myNumber is given twice",
      "duplicate nested key         | \"familyName\":\"山田\"       | \"familyName\":\"山田\",\"familyName\":\"田中\" | field resident.familyName is given twice",
      "duplicate key in consent     | \"given\":true               | \"given\":true,\"given\":false | field consent.given is given twice"
  })
  void refusesJsonThatIsNotOfTheDocumentedShape(String what, String valid, String invalid, String message) {
    assertRefused(MoveInScenario.request("352021", true).replace(valid, invalid), message);
  }

  @Test
  void refusesTrailingContentAfterTheBody() {
    assertRefused(MoveInScenario.request("352021", true) + "{\"myNumber\":\"1\"}", "not valid JSON");
  }

  @Test
  void theServersOwnJsonMapperStaysLenientForEverythingElse() throws Exception {
    record Probe(String known) {}
    assertThat(objectMapper.readValue("{\"known\":\"a\",\"other\":1}", Probe.class).known()).isEqualTo("a");
    HttpResponse<String> simulator = http.postJson("/sim/registry/municipalities/352063/residents", """
        {"myNumber":"%s","addresseeNumber":"0012345678","familyName":"山田","givenName":"花子",
         "familyNameKana":"ヤマダ","givenNameKana":"ハナコ","birthDate":"1980-04-01","sex":"FEMALE",
         "address":"山口県防府市寿町7-1","supportMeasure":false,"fieldTheSimulatorDoesNotKnow":1}"""
        .formatted(MoveInScenario.MY_NUMBER), null, null);
    assertThat(simulator.statusCode()).as(simulator.body()).isLessThan(300);
  }

  @Test
  void storesTextTrimmedAndInNfc() {
    String body = MoveInScenario.request("352021", true)
        .replace("\"familyNameKana\":\"ヤマダ\"", "\"familyNameKana\":\" ヤマタ\\u3099\\u3000\"")
        .replace("\"givenName\":\"花子\"", "\"givenName\":\"\\ufa19子\"");
    HttpResponse<String> created = http.postJson("/api/move-in-queries", body, "clerk", PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Map<String, Object> row = jdbc.queryForMap("SELECT family_name_kana, given_name FROM case_file WHERE id = ?",
        MoveInScenario.read(created.body()).get("caseId").asText());
    assertThat(row.get("family_name_kana")).isEqualTo("ヤマダ");
    assertThat(row.get("given_name")).isEqualTo("\u795E子");
  }

  @Test
  void theSameKeyWithTheSameBodyAnswersTheFirstAnswerAgain() {
    String key = UUID.randomUUID().toString();
    String body = MoveInScenario.request("352021", true);
    HttpResponse<String> first = postWithKey(body, key, "clerk");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();

    String sameRequestOtherwiseWritten = body.replace("\n", "  ").replace("\"familyNameKana\":\"ヤマダ\"",
        "\"familyNameKana\":\"ヤマタ\\u3099\"");
    for (String again : List.of(body, sameRequestOtherwiseWritten)) {
      HttpResponse<String> replay = postWithKey(again, key, "clerk");
      assertThat(replay.statusCode()).as(replay.body()).isEqualTo(201);
      assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
      assertThat(MoveInScenario.read(replay.body())).isEqualTo(MoveInScenario.read(first.body()));
    }
    assertThat(count("case_file")).isEqualTo(casesBefore + 1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MoveInIntake.PROCESS).count())
        .isEqualTo(1);

    for (String other : List.of(body.replace("花子", "花江"), body.replace("\"formReceived\":true", "\"formReceived\":false"),
        body.replace("2026-11-20", "2026-11-19"))) {
      HttpResponse<String> conflict = postWithKey(other, key, "clerk");
      assertThat(conflict.statusCode()).isEqualTo(409);
      assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
      assertThat(conflict.body()).contains("used for a different request");
    }
    assertThat(count("case_file")).isEqualTo(casesBefore + 1);
  }

  @Test
  void simultaneousIntakesOnTheEmbeddedDatabaseGiveOneCaseAndNoServerError() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = MoveInScenario.request("352021", true);
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        boolean keyed = i % 2 == 0;
        sent.add(threads.submit(() -> {
          go.await();
          return keyed ? postWithKey(body, key, "clerk") : http.postJson("/api/move-in-queries", body, "clerk", PASSWORD);
        }));
      }
      go.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : sent) {
        answers.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertThat(count("case_file")).isEqualTo(casesBefore + 1);
      assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409));
      assertThat(answers).filteredOn(answer -> answer.statusCode() == 201 && answer.headers().firstValue(
          "Idempotent-Replayed").isEmpty()).hasSize(1);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aKeyBelongsToOneMunicipality() {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> hofu = postWithKey(MoveInScenario.request("352021", true), key, "clerk");
    HttpResponse<String> ube = postWithKey(MoveInScenario.request("352063", true), key, "clerk2");
    assertThat(hofu.statusCode()).as(hofu.body()).isEqualTo(201);
    assertThat(ube.statusCode()).as(ube.body()).isEqualTo(201);
    assertThat(ube.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(MoveInScenario.read(ube.body()).get("caseId")).isNotEqualTo(MoveInScenario.read(hofu.body()).get("caseId"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "short", "has a space in it", "key/with/slashes",
      "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789x"})
  void refusesAnUnusableKey(String key) {
    HttpResponse<String> response = postWithKey(MoveInScenario.request("352021", true), key, "clerk");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Idempotency-Key");
    assertNothingStored();
  }

  @Test
  void aSecondIntakeWhileTheCaseIsOpenNamesTheOpenCaseAndAClosedCaseDoesNotBlock() {
    HttpResponse<String> first = http.postJson("/api/move-in-queries", MoveInScenario.request("352021", true), "clerk",
        PASSWORD);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode receipt = MoveInScenario.read(first.body());
    String openCase = receipt.get("caseId").asText();

    for (HttpResponse<String> again : List.of(
        http.postJson("/api/move-in-queries", MoveInScenario.request("352021", true), "clerk", PASSWORD),
        http.postJson("/api/move-in-queries", MoveInScenario.request("352021", false).replace("花子", "花江"), "clerk",
            PASSWORD),
        postWithKey(MoveInScenario.request("352021", true), UUID.randomUUID().toString(), "clerk"))) {
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
      assertThat(MoveInScenario.read(again.body()).get("caseId").asText()).isEqualTo(openCase);
      assertThat(again.body()).doesNotContain(MoveInScenario.MY_NUMBER);
    }
    assertThat(count("case_file")).isEqualTo(casesBefore + 1);

    String otherResident = "98765432109" + MyNumber.checkDigit("98765432109");
    HttpResponse<String> other = http.postJson("/api/move-in-queries",
        MoveInScenario.request("352021", true).replace(MoveInScenario.MY_NUMBER, otherResident), "clerk", PASSWORD);
    assertThat(other.statusCode()).as("another resident is not blocked").isEqualTo(201);

    HttpResponse<String> withdrawn = http.postJson("/api/consents/" + receipt.get("consentId").asText() + "/withdraw",
        "{}", "clerk", PASSWORD);
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT status FROM case_file WHERE id = ?", String.class, openCase))
        .isEqualTo("CONSENT_WITHDRAWN");
    HttpResponse<String> afterClosing = http.postJson("/api/move-in-queries", MoveInScenario.request("352021", true),
        "clerk", PASSWORD);
    assertThat(afterClosing.statusCode()).as(afterClosing.body()).isEqualTo(201);
    assertThat(MoveInScenario.read(afterClosing.body()).get("caseId").asText()).isNotEqualTo(openCase);
  }

  private void assertRefused(String body, String message) {
    assertThat(body).as("fixture must change the request").isNotEqualTo(MoveInScenario.request("352021", true));
    HttpResponse<String> response = http.postJson("/api/move-in-queries", body, "clerk", PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    assertThat(MoveInScenario.read(response.body()).get("detail").asText()).contains(message);
    assertThat(response.body()).doesNotContain(MoveInScenario.MY_NUMBER);
    assertNothingStored();
  }

  private HttpResponse<String> postWithKey(String body, String key, String user) {
    return http.postJson("/api/move-in-queries", body, user, PASSWORD, "Idempotency-Key", key);
  }

  @Test
  void aResidentWhoseInformationMayNoLongerBeUsedIsRefused() throws Exception {
    String eleven = "20261206001";
    String stopped = eleven + MyNumber.checkDigit(eleven);
    restrictions.apply("352063", cipher.index("352063", stopped), Measure.STOP_USE, "request-stop-use", "intake-test:stop-use");
    String body = MoveInScenario.request("352021", true).replace(MoveInScenario.MY_NUMBER, stopped);

    HttpResponse<String> response = http.postJson("/api/move-in-queries", body, "clerk", PASSWORD);

    assertThat(response.statusCode()).isEqualTo(409);
    JsonNode problem = objectMapper.readTree(response.body());
    assertThat(problem.path("detail").asText()).contains("利用停止");
    assertThat(problem.path("restriction").asText()).isEqualTo("STOP_USE");
    assertThat(response.body()).doesNotContain(stopped);
    assertNothingStored();
  }

  private void assertNothingStored() {
    assertThat(count("case_file")).isEqualTo(casesBefore);
    assertThat(count("consent")).isEqualTo(consentsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }
}
