package jp.vaccinationoffice.caseserver.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import jp.vaccinationoffice.caseserver.support.Http;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives move-in cases the way the counter does: intake through the case API, user tasks through the
 * engine REST API as the clerk, the national systems simulated over HTTP.
 */
class MoveInScenario {

  static final String PASSWORD = "demo-password-for-tests";
  static final String MY_NUMBER = "123456789018";
  static final String HOFU = "352063";
  static final String UBE = "352021";
  static final ObjectMapper JSON = new ObjectMapper();

  final Http http;
  final JdbcTemplate jdbc;
  final HistoryService historyService;

  MoveInScenario(Http http, JdbcTemplate jdbc, HistoryService historyService) {
    this.http = http;
    this.jdbc = jdbc;
    this.historyService = historyService;
  }

  /**
   * Cancels every running move-in process, which closes its case: a resident has one open move-in
   * case at a time, so a test that leaves one open would block the next test's intake.
   */
  static void closeOpenCases(RuntimeService runtimeService) {
    List<String> running = runtimeService.createProcessInstanceQuery().processDefinitionKey(MoveInIntake.PROCESS)
        .list().stream().map(ProcessInstance::getId).toList();
    if (!running.isEmpty()) {
      runtimeService.deleteProcessInstances(running, "test cleanup", false, true);
    }
  }

  void resetSimulators() {
    assertThat(http.postJson("/sim/reset", "{}", null, null).statusCode()).isLessThan(300);
  }

  /** The resident as 防府市's registry knows them. */
  void registeredInHofu(String familyName) {
    post("/sim/registry/municipalities/" + HOFU + "/residents", """
        {"myNumber":"%s","addresseeNumber":"0012345678","familyName":"%s","givenName":"花子",
         "familyNameKana":"ヤマダ","givenNameKana":"ハナコ","birthDate":"1980-04-01","sex":"FEMALE",
         "address":"山口県防府市寿町7-1","supportMeasure":false}""".formatted(MY_NUMBER, familyName));
  }

  /** Two doses in the partition of the previous municipality. */
  void vaccinatedIn(String municipality) {
    post("/sim/vrs/municipalities/" + municipality + "/persons", """
        {"myNumber":"%s","familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
         "birthDate":"1980-04-01","sex":"FEMALE","doses":[
           {"doseNumber":1,"date":"2021-06-01","manufacturer":"ファイザー","product":"コミナティ筋注","lot":"FA1234"},
           {"doseNumber":2,"date":"2021-06-22","manufacturer":"ファイザー","product":"コミナティ筋注","lot":"FA5678"}]}"""
        .formatted(MY_NUMBER));
  }

  static String request(String previousMunicipality, boolean formReceived) {
    return """
        {"previousMunicipalityCode":"%s","myNumber":"%s",
         "resident":{"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
                     "birthDate":"1980-04-01","sex":"FEMALE","address":"山口県防府市寿町7-1"},
         "consent":{"given":true,"signedOn":"2026-11-20","formReceived":%s}}"""
        .formatted(previousMunicipality, MY_NUMBER, formReceived);
  }

  /** Intake at the counter; answers the parsed 201 body. */
  JsonNode intake(String previousMunicipality, boolean formReceived) {
    HttpResponse<String> response = http.postJson("/api/move-in-queries", request(previousMunicipality, formReceived),
        "clerk", PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return read(response.body());
  }

  /** The clerk corrects the family name on the case while it waits in {@code correct-resident-details}. */
  void correctFamilyName(String caseId, String familyName) {
    HttpResponse<String> response = http.putJson("/api/move-in-queries/" + caseId + "/resident", """
        {"familyName":"%s","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
         "birthDate":"1980-04-01","sex":"FEMALE","address":"山口県防府市寿町7-1"}""".formatted(familyName),
        "clerk", PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  /** Waits for the task, then completes it as the clerk through the engine REST API. */
  HttpResponse<String> complete(String caseId, String taskKey, String variablesJson) {
    String taskId = awaitTask(caseId, taskKey, "clerk");
    return http.postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + variablesJson + "}",
        "clerk", PASSWORD);
  }

  void completeOk(String caseId, String taskKey, String variablesJson) {
    HttpResponse<String> response = complete(caseId, taskKey, variablesJson);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  String awaitTask(String caseId, String taskKey, String user) {
    return await().atMost(Duration.ofSeconds(20)).until(() -> {
      JsonNode tasks = read(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId
          + "&taskDefinitionKey=" + taskKey + "&firstResult=0&maxResults=5", user, PASSWORD).body());
      return tasks.size() == 1 ? tasks.get(0).get("id").asText() : null;
    }, id -> id != null);
  }

  static String verified() {
    return "{\"numberDocument\":{\"value\":\"MY_NUMBER_CARD\"},\"identityDocument\":{\"value\":\"MY_NUMBER_CARD\"}}";
  }

  void awaitStatus(String caseId, String status) {
    await().atMost(Duration.ofSeconds(30)).until(() -> status(caseId), status::equals);
  }

  String status(String caseId) {
    return jdbc.queryForObject("SELECT status FROM case_file WHERE id = ?", String.class, caseId);
  }

  void awaitEnded(String caseId) {
    await().atMost(Duration.ofSeconds(30)).until(() ->
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).unfinished().count() == 0);
  }

  /** Flow nodes a process instance of the case passed, in order. */
  List<String> activities(String caseId, String processKey) {
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseId).processDefinitionKey(processKey).singleResult();
    List<String> ids = new ArrayList<>();
    for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).orderPartiallyByOccurrence().asc().list()) {
      ids.add(activity.getActivityId());
    }
    return ids;
  }

  List<JsonNode> vrsCalls(String operation) {
    return StreamSupport.stream(read(http.get("/sim/vrs/calls?operation=" + operation).body()).spliterator(), false)
        .toList();
  }

  JsonNode view(String caseId, String user) {
    HttpResponse<String> response = http.get("/api/cases/" + caseId, user, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body());
  }

  void fault(String system, String json) {
    assertThat(http.postJson("/sim/" + system + "/faults", json, null, null).statusCode()).isEqualTo(200);
  }

  private void post(String path, String json) {
    HttpResponse<String> response = http.postJson(path, json, null, null);
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
  }

  static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException("not JSON: " + body, e);
    }
  }
}
