package jp.vaccinationoffice.caseserver.movein;

import static jp.vaccinationoffice.caseserver.movein.MoveInScenario.HOFU;
import static jp.vaccinationoffice.caseserver.movein.MoveInScenario.MY_NUMBER;
import static jp.vaccinationoffice.caseserver.movein.MoveInScenario.UBE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import jp.vaccinationoffice.caseserver.support.FreePort;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import jp.vaccinationoffice.caseserver.support.WorkerStepKill;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.runtime.Incident;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of the move-in record query through the real engine, the real workers and the
 * simulated national systems over HTTP, each asserting the exact flow nodes passed.
 */
@FixedPortServerTest
class MoveInProcessPathsTest extends ServerOnFreePort {

  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired ExternalTaskService externalTaskService;

  MoveInScenario scenario;

  @BeforeEach
  void simulatedNationalSystems() {
    scenario = new MoveInScenario(new Http(PORT), jdbc, historyService);
    MoveInScenario.closeOpenCases(runtimeService);
    scenario.resetSimulators();
    scenario.registeredInHofu("山田");
    scenario.vaccinatedIn(UBE);
  }

  @Test
  void happyPathIssuesATicketWithTheRecordsOfThePreviousMunicipality() {
    JsonNode receipt = scenario.intake(UBE, true);
    String caseId = receipt.get("caseId").asText();
    assertThat(receipt.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(receipt.get("processInstanceId").asText()).isNotBlank();

    scenario.completeOk(caseId, "verify-identity", MoveInScenario.verified());
    scenario.awaitStatus(caseId, "TICKET_ISSUED");
    scenario.awaitEnded(caseId);

    assertThat(scenario.activities(caseId, "consent-capture"))
        .containsExactly("consent-received", "signed-form-held", "consent-recorded");
    assertThat(scenario.activities(caseId, "move-in-record-query")).containsExactly(
        "move-in-requested", "capture-consent", "verify-identity", "decide-identity-verified",
        "identity-verified", "confirm-again", "confirm-resident-registration", "decide-query-permitted", "query-permitted",
        "query-again", "query-previous-municipality", "issue-ticket-number", "register-ticket", "add-records-to-ledger",
        "record-resident-notice", "case-ticket-issued");

    JsonNode view = scenario.view(caseId, "clerk");
    assertThat(view.get("status").asText()).isEqualTo("TICKET_ISSUED");
    assertThat(view.get("myNumber").asText()).isEqualTo("********9018");
    assertThat(view.toString()).doesNotContain(MY_NUMBER);
    assertThat(view.get("ticketNumber").asText()).matches("35206\\d{5}");
    assertThat(view.get("legalBasis").asText()).isEqualTo("番号法第19条第16号");
    assertThat(view.get("vaccinationRecords")).hasSize(2);
    assertThat(view.get("vaccinationRecords").get(0).get("lot").asText()).isEqualTo("FA1234");
    assertThat(view.get("decisions")).extracting(d -> d.get("decisionId").asText())
        .containsExactly("identity-verification", "provision-permitted");
    assertThat(view.get("decisions").get(1).get("version").asInt()).isPositive();
    assertThat(view.get("consent").get("state").asText()).isEqualTo("USED");
    assertThat(view.get("steps")).extracting(s -> s.get("step").asText())
        .contains("RECEIVED", "IDENTITY_DOCUMENTS_RECORDED", "RESIDENT_CONFIRMED", "STATUS_QUERYING_VRS",
            "RECORDS_RECEIVED", "TICKET_NUMBER_ISSUED", "RECORDS_ADDED_TO_LEDGER", "NOTICE_RECORDED",
            "STATUS_TICKET_ISSUED");
    assertThat(view.get("steps")).anySatisfy(step -> {
      assertThat(step.get("step").asText()).isEqualTo("IDENTITY_DOCUMENTS_RECORDED");
      assertThat(step.get("by").asText()).isEqualTo("clerk");
    });

    assertThat(scenario.vrsCalls("QUERY")).singleElement()
        .satisfies(call -> assertThat(call.get("municipalityCode").asText()).isEqualTo(UBE));
    assertThat(scenario.vrsCalls("REGISTER_TICKET")).singleElement()
        .satisfies(call -> assertThat(call.get("municipalityCode").asText()).isEqualTo(HOFU));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_dose d JOIN ledger_person p ON p.id = d.person_id"
        + " WHERE p.municipality_code = ? AND p.my_number_index = (SELECT my_number_index FROM case_file WHERE id = ?)",
        Integer.class, HOFU, caseId)).as("the person's doses in 防府市's ledger").isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM resident_notice WHERE case_id = ?", Integer.class, caseId))
        .isEqualTo(1);
    assertNoPersonalDataInEngineHistory(caseId);
  }

  @Test
  void identityNotVerifiedEndsTheCaseWithoutAskingVrs() {
    String caseId = scenario.intake(UBE, true).get("caseId").asText();
    scenario.completeOk(caseId, "verify-identity",
        "{\"numberDocument\":{\"value\":\"NOTIFICATION_CARD\"},\"identityDocument\":{\"value\":\"NONE\"}}");
    scenario.awaitStatus(caseId, "IDENTITY_NOT_VERIFIED");

    assertThat(scenario.activities(caseId, "move-in-record-query")).containsExactly(
        "move-in-requested", "capture-consent", "verify-identity", "decide-identity-verified",
        "identity-verified", "case-identity-not-verified");
    assertThat(scenario.vrsCalls("QUERY")).isEmpty();
  }

  @Test
  void unknownDocumentsAreRefusedAndTheTaskStaysOpen() {
    String caseId = scenario.intake(UBE, true).get("caseId").asText();
    HttpResponse<String> refused = scenario.complete(caseId, "verify-identity",
        "{\"numberDocument\":{\"value\":\"LIBRARY_CARD\"},\"identityDocument\":{\"value\":\"PASSPORT\"}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("numberDocument must be one of");
    assertThat(scenario.awaitTask(caseId, "verify-identity", "clerk")).isNotBlank();
    assertThat(scenario.status(caseId)).isEqualTo("RECEIVED");
  }

  @Test
  void missingConsentFormIsConfirmedByTheClerk() {
    String caseId = scenario.intake(UBE, false).get("caseId").asText();
    scenario.completeOk(caseId, "confirm-consent", "{\"consentAnswer\":{\"value\":\"CONFIRMED\"}}");
    scenario.awaitTask(caseId, "verify-identity", "clerk");

    assertThat(scenario.activities(caseId, "consent-capture")).containsExactly(
        "consent-received", "signed-form-held", "ask-again", "confirm-consent", "consent-answer",
        "consent-confirmed-by-clerk");
    assertThat(scenario.view(caseId, "clerk").get("consent").get("state").asText()).isEqualTo("CONFIRMED");
    assertThat(scenario.view(caseId, "clerk").get("steps")).anySatisfy(step -> {
      assertThat(step.get("step").asText()).isEqualTo("CONSENT_ANSWER_RECORDED");
      assertThat(step.get("by").asText()).isEqualTo("clerk");
    });
  }

  @Test
  void aConsentFormNotYetReceivedBringsTheTaskBackTheNextDay() {
    String caseId = scenario.intake(UBE, false).get("caseId").asText();
    scenario.completeOk(caseId, "confirm-consent", "{\"consentAnswer\":{\"value\":\"WAITING\"}}");

    Job timer = await().atMost(Duration.ofSeconds(20)).until(() -> managementService.createJobQuery()
        .processDefinitionKey("consent-capture").timers().list().stream()
        .filter(job -> caseId.equals(runtimeService.createProcessInstanceQuery()
            .processInstanceId(job.getProcessInstanceId()).singleResult().getBusinessKey()))
        .findFirst().orElse(null), job -> job != null);
    assertThat(timer.getDuedate()).isAfter(java.util.Date.from(java.time.Instant.now().plus(Duration.ofHours(23))));
    assertThat(scenario.status(caseId)).isEqualTo("RECEIVED");
    managementService.executeJob(timer.getId());
    scenario.completeOk(caseId, "confirm-consent", "{\"consentAnswer\":{\"value\":\"CONFIRMED\"}}");
    scenario.awaitTask(caseId, "verify-identity", "clerk");

    assertThat(scenario.activities(caseId, "consent-capture")).containsExactly(
        "consent-received", "signed-form-held", "ask-again", "confirm-consent", "consent-answer",
        "signed-form-awaited", "ask-again", "confirm-consent", "consent-answer", "consent-confirmed-by-clerk");
  }

  @Test
  void consentRefusedEndsTheCase() {
    String caseId = scenario.intake(UBE, false).get("caseId").asText();
    HttpResponse<String> unchecked = scenario.complete(caseId, "confirm-consent", "{\"consentAnswer\":{\"value\":true}}");
    assertThat(unchecked.statusCode()).isEqualTo(400);
    scenario.completeOk(caseId, "confirm-consent", "{\"consentAnswer\":{\"value\":\"REFUSED\"}}");
    scenario.awaitStatus(caseId, "CONSENT_NOT_GIVEN");

    assertThat(scenario.activities(caseId, "consent-capture")).containsExactly(
        "consent-received", "signed-form-held", "ask-again", "confirm-consent", "consent-answer", "consent-refused");
    assertThat(scenario.activities(caseId, "move-in-record-query")).containsExactly(
        "move-in-requested", "capture-consent", "consent-not-given", "case-consent-not-given");
    assertThat(scenario.view(caseId, "clerk").get("consent").get("state").asText()).isEqualTo("NOT_GIVEN");
    assertThat(scenario.vrsCalls("QUERY")).isEmpty();
  }

  @Test
  void aClerkCommentsOnATaskButNeverWithAMyNumber() throws Exception {
    String caseId = scenario.intake(UBE, true).get("caseId").asText();
    String taskId = scenario.awaitTask(caseId, "verify-identity", "clerk");

    HttpResponse<String> comment = scenario.http.postJson("/engine-rest/task/" + taskId + "/comment/create",
        "{\"message\":\"本人に電話で確認済み\"}", "clerk", MoveInScenario.PASSWORD);
    assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
    for (String refused : List.of("{\"message\":\"個人番号 " + MY_NUMBER + " を確認\"}",
        "{\"message\":\"1234 5678 9018\"}", "{\"message\":\"" + "あ".repeat(1001) + "\"}", "{\"message\":\" \"}")) {
      HttpResponse<String> response = scenario.http.postJson("/engine-rest/task/" + taskId + "/comment/create", refused,
          "clerk", MoveInScenario.PASSWORD);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).doesNotContain(MY_NUMBER).contains("message");
    }

    JsonNode comments = MoveInScenario.read(scenario.http.get("/engine-rest/task/" + taskId + "/comment", "clerk",
        MoveInScenario.PASSWORD).body());
    assertThat(comments).singleElement()
        .satisfies(c -> assertThat(c.get("message").asText()).isEqualTo("本人に電話で確認済み"));
  }

  @Test
  void consentWithdrawnBeforeTheQueryStopsTheCase() {
    JsonNode receipt = scenario.intake(UBE, true);
    String caseId = receipt.get("caseId").asText();
    scenario.awaitTask(caseId, "verify-identity", "clerk");

    HttpResponse<String> withdrawal = scenario.http.postJson(
        "/api/consents/" + receipt.get("consentId").asText() + "/withdraw", "{}", "clerk", MoveInScenario.PASSWORD);
    assertThat(withdrawal.statusCode()).as(withdrawal.body()).isEqualTo(200);
    assertThat(MoveInScenario.read(withdrawal.body()).get("caseStopped").asBoolean()).isTrue();

    scenario.awaitStatus(caseId, "CONSENT_WITHDRAWN");
    assertThat(scenario.activities(caseId, "move-in-record-query")).containsExactly(
        "move-in-requested", "capture-consent", "verify-identity", "consent-withdrawal",
        "consent-withdrawn", "case-consent-withdrawn");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
    assertThat(scenario.vrsCalls("QUERY")).isEmpty();
  }

  @Test
  void registryMismatchShowsTheDifferingItemsAndTheClerkClosesTheCase() {
    scenario.resetSimulators();
    scenario.registeredInHofu("田中");
    scenario.vaccinatedIn(UBE);
    String caseId = scenario.intake(UBE, true).get("caseId").asText();
    scenario.completeOk(caseId, "verify-identity", MoveInScenario.verified());
    scenario.awaitTask(caseId, "correct-resident-details", "clerk");

    assertThat(scenario.status(caseId)).isEqualTo("REGISTRY_MISMATCH");
    String processInstanceId = processInstanceId(caseId);
    assertThat(runtimeService.getVariable(processInstanceId, "mismatchedItems")).isEqualTo("氏");
    assertThat(runtimeService.getVariables(processInstanceId).values().toString()).doesNotContain("田中");
    scenario.completeOk(caseId, "correct-resident-details", "{\"detailsAction\":{\"value\":\"CLOSE\"}}");
    scenario.awaitEnded(caseId);

    assertThat(scenario.activities(caseId, "move-in-record-query")).containsExactly(
        "move-in-requested", "capture-consent", "verify-identity", "decide-identity-verified",
        "identity-verified", "confirm-again", "confirm-resident-registration", "registry-mismatch",
        "correct-resident-details", "details-corrected", "case-registry-mismatch");
    assertThat(scenario.status(caseId)).isEqualTo("REGISTRY_MISMATCH");
    assertThat(scenario.vrsCalls("QUERY")).isEmpty();
  }

  @Test
  void registryMismatchCorrectedByTheClerkIsConfirmedAgainAndIssuesATicket() {
    scenario.resetSimulators();
    scenario.registeredInHofu("田中");
    scenario.vaccinatedIn(UBE);
    String caseId = scenario.intake(UBE, true).get("caseId").asText();
    scenario.completeOk(caseId, "verify-identity", MoveInScenario.verified());
    scenario.awaitTask(caseId, "correct-resident-details", "clerk");

    scenario.correctFamilyName(caseId, "田中");
    scenario.completeOk(caseId, "correct-resident-details", "{\"detailsAction\":{\"value\":\"RETRY\"}}");
    scenario.awaitStatus(caseId, "TICKET_ISSUED");

    assertThat(scenario.activities(caseId, "move-in-record-query")).containsSubsequence(
        "confirm-resident-registration", "registry-mismatch", "correct-resident-details", "details-corrected",
        "confirm-again", "confirm-resident-registration", "decide-query-permitted");
  }

  @Test
  void notFoundThenRetryWithTheRightCodeIssuesATicket() {
    String caseId = scenario.intake("352012", true).get("caseId").asText();
    scenario.completeOk(caseId, "verify-identity", MoveInScenario.verified());
    scenario.awaitStatus(caseId, "RECORDS_NOT_FOUND");

    HttpResponse<String> notACode = scenario.complete(caseId, "resolve-not-found",
        "{\"action\":{\"value\":\"RETRY_WITH_CODE\"},\"correctedMunicipalityCode\":{\"value\":\"35202\"}}");
    assertThat(notACode.statusCode()).isEqualTo(400);
    assertThat(notACode.body()).contains("correctedMunicipalityCode");
    scenario.completeOk(caseId, "resolve-not-found",
        "{\"action\":{\"value\":\"RETRY_WITH_CODE\"},\"correctedMunicipalityCode\":{\"value\":\"999997\"}}");
    scenario.awaitTask(caseId, "resolve-not-found", "clerk");
    assertThat(scenario.status(caseId)).isEqualTo("RECORDS_NOT_FOUND");

    scenario.completeOk(caseId, "resolve-not-found",
        "{\"action\":{\"value\":\"RETRY_WITH_CODE\"},\"correctedMunicipalityCode\":{\"value\":\"" + UBE + "\"}}");
    scenario.awaitStatus(caseId, "TICKET_ISSUED");

    assertThat(scenario.activities(caseId, "move-in-record-query")).containsExactly(
        "move-in-requested", "capture-consent", "verify-identity", "decide-identity-verified",
        "identity-verified", "confirm-again", "confirm-resident-registration", "decide-query-permitted", "query-permitted",
        "query-again", "query-previous-municipality", "records-not-found", "resolve-not-found",
        "not-found-resolution", "query-again", "query-previous-municipality", "records-not-found", "resolve-not-found",
        "not-found-resolution", "query-again", "query-previous-municipality", "issue-ticket-number", "register-ticket", "add-records-to-ledger",
        "record-resident-notice", "case-ticket-issued");
    List<JsonNode> queries = scenario.vrsCalls("QUERY");
    assertThat(queries).extracting(call -> call.get("municipalityCode").asText()).containsExactly("352012", UBE);
    assertThat(queries).extracting(call -> call.get("outcome").asText()).containsExactly("NOT_FOUND", "FOUND");
    assertThat(queries.get(0).get("idempotencyKey").asText()).isNotEqualTo(queries.get(1).get("idempotencyKey").asText());
  }

  @Test
  void notFoundThenCloseEndsWithoutRecords() {
    String caseId = scenario.intake("352012", true).get("caseId").asText();
    scenario.completeOk(caseId, "verify-identity", MoveInScenario.verified());
    scenario.completeOk(caseId, "resolve-not-found", "{\"action\":{\"value\":\"CLOSE\"}}");
    scenario.awaitStatus(caseId, "CLOSED_NO_RECORDS");

    assertThat(scenario.activities(caseId, "move-in-record-query")).endsWith(
        "query-previous-municipality", "records-not-found", "resolve-not-found", "not-found-resolution",
        "case-closed-no-records");
  }

  @Test
  void consentWithdrawnAfterTheQueryBlocksTheRetry() {
    JsonNode receipt = scenario.intake("352012", true);
    String caseId = receipt.get("caseId").asText();
    scenario.completeOk(caseId, "verify-identity", MoveInScenario.verified());
    scenario.awaitStatus(caseId, "RECORDS_NOT_FOUND");

    HttpResponse<String> withdrawal = scenario.http.postJson(
        "/api/consents/" + receipt.get("consentId").asText() + "/withdraw", "{}", "clerk", MoveInScenario.PASSWORD);
    assertThat(MoveInScenario.read(withdrawal.body()).get("caseStopped").asBoolean()).isFalse();
    scenario.completeOk(caseId, "resolve-not-found",
        "{\"action\":{\"value\":\"RETRY_WITH_CODE\"},\"correctedMunicipalityCode\":{\"value\":\"" + UBE + "\"}}");
    scenario.awaitStatus(caseId, "CONSENT_WITHDRAWN");

    assertThat(scenario.activities(caseId, "move-in-record-query")).endsWith(
        "not-found-resolution", "query-again", "query-previous-municipality", "consent-no-longer-usable",
        "case-consent-withdrawn-before-retry");
    assertThat(scenario.vrsCalls("QUERY")).hasSize(1);
  }

  @Test
  void vrsDownBecomesAnIncidentAndARetryIssuesTheTicket() {
    scenario.fault("vrs", "{\"operation\":\"QUERY\",\"mode\":\"UNAVAILABLE\",\"count\":2}");
    String caseId = scenario.intake(UBE, true).get("caseId").asText();
    scenario.completeOk(caseId, "verify-identity", MoveInScenario.verified());

    Incident incident = await().atMost(Duration.ofSeconds(20)).until(() -> runtimeService.createIncidentQuery()
        .processInstanceId(processInstanceId(caseId)).singleResult(), found -> found != null);
    assertThat(incident.getActivityId()).isEqualTo("query-previous-municipality");
    assertThat(incident.getIncidentMessage()).contains("VRS QUERY").contains("503").doesNotContain(MY_NUMBER);
    assertThat(scenario.status(caseId)).isEqualTo("QUERYING_VRS");

    HttpResponse<String> retry = scenario.http.putJson("/engine-rest/external-task/" + incident.getConfiguration()
        + "/retries", "{\"retries\":1}", "admin", MoveInScenario.PASSWORD);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(204);
    scenario.awaitStatus(caseId, "TICKET_ISSUED");

    assertThat(scenario.vrsCalls("QUERY")).extracting(call -> call.get("outcome").asText())
        .containsExactly("FAILED", "FAILED", "FOUND");
  }

  @Test
  void aStepKilledAfterItsCaseWriteLeavesNeitherTheWriteNorTheCompletion() throws Exception {
    String caseId = scenario.intake(UBE, true).get("caseId").asText();
    WorkerStepKill.arm(caseId, "query-previous-municipality");
    try {
      scenario.completeOk(caseId, "verify-identity", MoveInScenario.verified());
      WorkerStepKill.awaitRetryWaiting();

      // the worker had stored the records and completed the task; the kill took back both
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_vaccination_record WHERE case_id = ?", Integer.class,
          caseId)).isZero();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_step WHERE case_id = ? AND step = 'RECORDS_RECEIVED'",
          Integer.class, caseId)).isZero();
      assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(processInstanceId(caseId))
          .activityId("query-previous-municipality").count()).isEqualTo(1);
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId(caseId))
          .activityId("query-previous-municipality").finished().count()).isZero();
      // what the step wrote before the call was committed before VRS was asked
      assertThat(scenario.status(caseId)).isEqualTo("QUERYING_VRS");
    } finally {
      WorkerStepKill.letRetryRun();
    }
    scenario.awaitStatus(caseId, "TICKET_ISSUED");

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_vaccination_record WHERE case_id = ?", Integer.class,
        caseId)).isEqualTo(2);
    List<JsonNode> queries = scenario.vrsCalls("QUERY");
    assertThat(queries).extracting(call -> call.get("outcome").asText()).containsExactly("FOUND", "REPLAYED");
    assertThat(queries).extracting(call -> call.get("idempotencyKey").asText())
        .containsOnly(queries.get(0).get("idempotencyKey").asText());
  }

  @Test
  void aRefusalOfVrsIsNotRetriedButBecomesAnIncidentWithTheProblemsTitle() {
    String caseId = scenario.intake(UBE, true).get("caseId").asText();
    jdbc.update("UPDATE case_file SET previous_municipality_code = '999997' WHERE id = ?", caseId);
    scenario.completeOk(caseId, "verify-identity", MoveInScenario.verified());

    Incident incident = await().atMost(Duration.ofSeconds(20)).until(() -> runtimeService.createIncidentQuery()
        .processInstanceId(processInstanceId(caseId)).singleResult(), found -> found != null);
    assertThat(incident.getActivityId()).isEqualTo("query-previous-municipality");
    assertThat(incident.getIncidentMessage()).contains("VRS QUERY rejected: HTTP 4").doesNotContain(MY_NUMBER);
    // sent once: the refusal was recorded and the task was not tried again
    assertThat(jdbc.queryForList("SELECT attempts, outcome FROM national_system_call WHERE case_id = ? AND operation = 'QUERY'",
        caseId)).singleElement().satisfies(call -> {
          assertThat(((Number) call.get("attempts")).intValue()).isEqualTo(1);
          assertThat(call.get("outcome")).isEqualTo("REJECTED");
        });
    assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(processInstanceId(caseId))
        .singleResult().getRetries()).isZero();
  }

  private String processInstanceId(String caseId) {
    return jdbc.queryForObject("SELECT process_instance_id FROM case_file WHERE id = ?", String.class, caseId);
  }

  /** The engine keeps variables in plain text in its history: none may hold the My Number or a name. */
  private void assertNoPersonalDataInEngineHistory(String caseId) {
    List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
            .list().stream().map(p -> p.getId()).toArray(String[]::new))
        .list();
    assertThat(variables).isNotEmpty();
    assertThat(variables).allSatisfy(variable -> assertThat(String.valueOf(variable.getValue()))
        .doesNotContain(MY_NUMBER).doesNotContain("山田").doesNotContain("ヤマダ").doesNotContain("寿町"));
    for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_PROCINST", "ACT_HI_ACTINST",
        "ACT_HI_TASKINST", "ACT_HI_INCIDENT", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_GE_BYTEARRAY")) {
      for (var row : jdbc.queryForList("SELECT * FROM " + table)) {
        assertThat(row.values()).as(table).allSatisfy(value -> assertThat(text(value))
            .doesNotContain(MY_NUMBER).doesNotContain("山田").doesNotContain("寿町"));
      }
    }
  }

  private static String text(Object value) {
    return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value);
  }
}
