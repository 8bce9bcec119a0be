package jp.vaccinationoffice.caseserver.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.suspensions.Measure;
import jp.vaccinationoffice.caseserver.suspensions.ProcessingRestrictions;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.caseserver.support.FreePort;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.RepositoryModels;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import jp.vaccinationoffice.simulators.SimulatorsProperties;
import jp.vaccinationoffice.common.OfficeTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.repository.Deployment;
import org.operaton.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of records provision: the simulated VRS delivers another municipality's inquiry to this
 * server, the workers match, decide and answer through VRS, and every answer leaves a provision record.
 */
@FixedPortServerTest
class RecordsProvisionPathsTest extends ServerOnFreePort {

  static final String PASSWORD = "demo-password-for-tests";
  static final String HOFU = "352063";
  static final String UBE = "352021";
  /** The person asked about: a number no other test of the shared server puts in a ledger. */
  static final String MY_NUMBER = "42000000001" + MyNumber.checkDigit("42000000001");
  static final ObjectMapper JSON = new ObjectMapper();


  @Autowired JdbcTemplate jdbc;
  @Autowired Ledger ledger;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired SimulatorsProperties simulators;
  @Autowired ProcessingRestrictions restrictions;
  @Autowired PersonalDataCipher cipher;

  Http http = new Http(PORT);

  @BeforeEach
  void reset() {
    assertThat(http.postJson("/sim/reset", "{}", null, null).statusCode()).isLessThan(300);
  }

  @Test
  void aPersonInTheLedgerIsAnsweredWithTheirRecords() throws Exception {
    inLedger();
    String inquiryId = inquire();

    JsonNode answer = awaitAnswer(inquiryId);
    assertThat(answer.get("status").asText()).isEqualTo("ANSWERED");
    assertThat(answer.get("records")).hasSize(2);
    assertThat(answer.toString()).doesNotContain("寿町").doesNotContain("address");
    assertThat(activities(inquiryId)).containsExactly("inquiry-received", "check-support-measure",
        "decide-provision-permitted", "provision-permitted", "match-ledger", "person-found", "approval-needed", "provide",
        "provide-records", "answered", "record-provision", "provision-recorded");

    JsonNode record = provisionRecord(inquiryId, "auditor");
    assertThat(record.get("outcome").asText()).isEqualTo("PROVIDED");
    assertThat(record.get("requestingMunicipalityCode").asText()).isEqualTo(UBE);
    assertThat(record.get("itemsProvided")).extracting(JsonNode::asText)
        .containsExactly("doseNumber", "date", "manufacturer", "product", "lot");
    assertThat(record.get("legalBasis").asText()).isEqualTo("番号法第19条第16号");
    assertThat(record.get("decisionId").asText()).isEqualTo("provision-permitted");
    assertThat(record.get("decisionVersion").asInt()).isEqualTo(1);
    assertThat(record.hasNonNull("approver")).isFalse();
    assertThat(record.get("intermediateRecordId").asText()).isNotBlank();
    assertThat(intermediateRecords()).singleElement()
        .satisfies(r -> assertThat(r.get("outcome").asText()).isEqualTo("PROVIDED"));
  }

  @Test
  void aPersonNotInTheLedgerIsAnsweredNotFoundAndNoDataLeaves() throws Exception {
    String inquiryId = inquire();

    JsonNode answer = awaitAnswer(inquiryId);
    assertThat(answer.get("status").asText()).isEqualTo("NOT_FOUND");
    assertThat(answer.get("records")).isEmpty();
    assertThat(activities(inquiryId)).containsExactly("inquiry-received", "check-support-measure",
        "decide-provision-permitted", "provision-permitted", "match-ledger", "person-found", "answer-not-found", "answered", "record-provision",
        "provision-recorded");
    JsonNode record = provisionRecord(inquiryId, "supervisor");
    assertThat(record.get("outcome").asText()).isEqualTo("NOT_FOUND");
    assertThat(record.get("itemsProvided")).isEmpty();
  }

  @Test
  void aProtectedResidentIsProvidedOnlyAfterASupervisorApproves() throws Exception {
    inLedger();
    protectedResident();
    String inquiryId = inquire();
    String taskId = awaitTask(inquiryId, "supervisor");

    HttpResponse<String> byClerk = http.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}", "clerk", PASSWORD);
    assertThat(byClerk.statusCode()).isIn(403, 404);
    assertThat(statusAtVrs(inquiryId)).isEqualTo("PENDING");

    HttpResponse<String> bySupervisor = http.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}", "supervisor", PASSWORD);
    assertThat(bySupervisor.statusCode()).as(bySupervisor.body()).isEqualTo(204);

    assertThat(awaitAnswer(inquiryId).get("status").asText()).isEqualTo("ANSWERED");
    assertThat(activities(inquiryId)).containsExactly("inquiry-received", "check-support-measure",
        "decide-provision-permitted", "provision-permitted", "match-ledger", "person-found", "approval-needed",
        "approve-provision", "approved", "provide", "provide-records", "answered", "record-provision",
        "provision-recorded");
    JsonNode record = provisionRecord(inquiryId, "auditor");
    assertThat(record.get("outcome").asText()).isEqualTo("PROVIDED");
    assertThat(record.get("approver").asText()).isEqualTo("supervisor");
  }

  @Test
  void aProtectedResidentRejectedByTheSupervisorIsRefused() throws Exception {
    inLedger();
    protectedResident();
    String inquiryId = inquire();
    String taskId = awaitTask(inquiryId, "supervisor");

    HttpResponse<String> badDecision = http.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"MAYBE\"}}}", "supervisor", PASSWORD);
    assertThat(badDecision.statusCode()).isEqualTo(400);
    http.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"REJECT\"}}}", "supervisor", PASSWORD);

    assertThat(awaitAnswer(inquiryId).get("status").asText()).isEqualTo("REFUSED");
    assertThat(activities(inquiryId)).containsExactly("inquiry-received", "check-support-measure",
        "decide-provision-permitted", "provision-permitted", "match-ledger", "person-found", "approval-needed",
        "approve-provision", "approved", "answer-refused", "answered", "record-provision", "provision-recorded");
    JsonNode record = provisionRecord(inquiryId, "auditor");
    assertThat(record.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(record.get("approver").asText()).isEqualTo("supervisor");
    assertThat(record.get("itemsProvided")).isEmpty();
  }

  /**
   * Whether approval is needed is the decision table's alone: a new version whose rule for
   * residents without a support measure requires approval sends the same inquiry to the supervisor,
   * and the inquiry keeps the version that was evaluated even when a later one is deployed.
   */
  @Test
  void aChangedDecisionRowAloneSendsAnUnprotectedResidentToApproval() throws Exception {
    inLedger();
    String dmn = Files.readString(RepositoryModels.DMN.resolve("provision-permitted.dmn"));
    String approvalForEveryone = dmn.replace(
        "<outputEntry id=\"move-out-approval\"><text>false</text></outputEntry>",
        "<outputEntry id=\"move-out-approval\"><text>true</text></outputEntry>");
    assertThat(approvalForEveryone).isNotEqualTo(dmn);
    Deployment changed = repositoryService.createDeployment().addString("provision-permitted.dmn", approvalForEveryone)
        .deploy();
    Deployment later = null;
    try {
      int evaluated = repositoryService.createDecisionDefinitionQuery().deploymentId(changed.getId()).singleResult()
          .getVersion();
      String inquiryId = inquire();
      String taskId = awaitTask(inquiryId, "supervisor");
      later = repositoryService.createDeployment().addString("provision-permitted.dmn", dmn).deploy();

      assertThat(http.postJson("/engine-rest/task/" + taskId + "/complete",
          "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}", "supervisor", PASSWORD).statusCode())
          .isEqualTo(204);
      assertThat(awaitAnswer(inquiryId).get("status").asText()).isEqualTo("ANSWERED");
      assertThat(activities(inquiryId)).contains("approve-provision");
      JsonNode record = provisionRecord(inquiryId, "auditor");
      assertThat(record.get("decisionVersion").asInt()).isEqualTo(evaluated).isGreaterThan(1);
      assertThat(record.get("approver").asText()).isEqualTo("supervisor");
    } finally {
      repositoryService.deleteDeployment(changed.getId(), true);
      if (later != null) {
        repositoryService.deleteDeployment(later.getId(), true);
      }
    }
  }

  /**
   * A granted suspension request stopped the provision of the person's information: the decision
   * table refuses the inquiry, VRS gets a refusal and the provision record says so. Another person
   * than the other tests' is used, since the stop stays in force.
   */
  @Test
  void anInquiryAboutAPersonWhoseProvisionIsStoppedIsRefused() throws Exception {
    String stopped = "20261206002" + MyNumber.checkDigit("20261206002");
    inLedger(stopped);
    restrictions.apply(HOFU, cipher.index(HOFU, stopped), Measure.STOP_PROVISION, "request-stop-provision",
        "provision-test:stop-provision");
    String inquiryId = inquire(stopped);

    JsonNode answer = awaitAnswer(inquiryId);
    assertThat(answer.get("status").asText()).isEqualTo("REFUSED");
    assertThat(answer.get("records")).isEmpty();
    assertThat(activities(inquiryId)).containsExactly("inquiry-received", "check-support-measure",
        "decide-provision-permitted", "provision-permitted", "answer-refused", "answered", "record-provision",
        "provision-recorded");
    JsonNode record = provisionRecord(inquiryId, "auditor");
    assertThat(record.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(record.get("legalBasis").asText()).isEqualTo("提供停止 (個人情報保護法第100条)");
    assertThat(record.get("itemsProvided")).isEmpty();
  }

  @Test
  void vrsDownWhileProvidingBecomesAnIncidentAndARetryAnswers() throws Exception {
    inLedger();
    assertThat(http.postJson("/sim/vrs/faults", "{\"operation\":\"PROVIDE\",\"mode\":\"UNAVAILABLE\",\"count\":2}",
        null, null).statusCode()).isEqualTo(200);
    String inquiryId = inquire();
    String processInstanceId = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
        "SELECT process_instance_id FROM provision_inquiry WHERE id = ?", String.class, inquiryId).stream()
        .findFirst().orElse(null), id -> id != null);

    Incident incident = await().atMost(Duration.ofSeconds(20)).until(() -> runtimeService.createIncidentQuery()
        .processInstanceId(processInstanceId).singleResult(), found -> found != null);
    assertThat(incident.getActivityId()).isEqualTo("provide-records");
    assertThat(incident.getIncidentMessage()).contains("VRS PROVIDE").doesNotContain(MY_NUMBER);
    assertThat(http.putJson("/engine-rest/external-task/" + incident.getConfiguration() + "/retries",
        "{\"retries\":1}", "admin", PASSWORD).statusCode()).isEqualTo(204);

    assertThat(awaitAnswer(inquiryId).get("status").asText()).isEqualTo("ANSWERED");
  }

  @Test
  void onlyTheVrsSystemAccountDeliversInquiriesAndARepeatedDeliveryStartsNothing() {
    String body = "{\"inquiryId\":\"test-inquiry-1\",\"fromMunicipalityCode\":\"352021\",\"toMunicipalityCode\":\"352063\","
        + "\"myNumber\":\"" + MY_NUMBER + "\"}";
    assertThat(http.postJson("/api/vrs/inbound-inquiries", body, null, null).statusCode()).isEqualTo(401);
    assertThat(http.postJson("/api/vrs/inbound-inquiries", body, "clerk", PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.postJson("/api/vrs/inbound-inquiries", body, "admin", PASSWORD).statusCode()).isEqualTo(403);

    String vrs = simulators.getVrs().getInbound().getUsername();
    String vrsPassword = simulators.getVrs().getInbound().getPassword();
    assertThat(http.postJson("/api/vrs/inbound-inquiries", body, vrs, vrsPassword).statusCode()).isEqualTo(202);
    assertThat(http.postJson("/api/vrs/inbound-inquiries", body, vrs, vrsPassword).statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM provision_inquiry WHERE id = 'test-inquiry-1'", Integer.class))
        .isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("test-inquiry-1").count())
        .isEqualTo(1);

    HttpResponse<String> badNumber = http.postJson("/api/vrs/inbound-inquiries",
        body.replace("test-inquiry-1", "test-inquiry-2").replace(MY_NUMBER, "123456789012"), vrs, vrsPassword);
    assertThat(badNumber.statusCode()).isEqualTo(400);
    assertThat(badNumber.body()).contains("check digit").doesNotContain("123456789012");
    HttpResponse<String> notServed = http.postJson("/api/vrs/inbound-inquiries",
        body.replace("test-inquiry-1", "test-inquiry-3").replace("\"352063\"", "\"131016\""), vrs, vrsPassword);
    assertThat(notServed.statusCode()).isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM provision_inquiry WHERE id IN ('test-inquiry-2', 'test-inquiry-3')",
        Integer.class)).isZero();
  }

  @Test
  void provisionRecordsAreForAuditorsAndSupervisorsOfTheMunicipalityOnly() throws Exception {
    String inquiryId = inquire();
    awaitAnswer(inquiryId);
    await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
        "SELECT COUNT(*) FROM provision_record WHERE inquiry_id = ?", Integer.class, inquiryId) == 1);
    if (identityService.createUserQuery().userId("auditor2").count() == 0) {
      User auditor2 = identityService.newUser("auditor2");
      auditor2.setPassword(PASSWORD);
      identityService.saveUser(auditor2);
      identityService.createMembership("auditor2", "auditors");
      identityService.createTenantUserMembership(UBE, "auditor2");
    }

    assertThat(http.get("/api/provision-records", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/provision-records", "clerk", PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/provision-records", "admin", PASSWORD).statusCode()).isEqualTo(403);
    HttpResponse<String> ube = http.get("/api/provision-records", "auditor2", PASSWORD);
    assertThat(ube.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ube.body())).isEmpty();
    HttpResponse<String> hofu = http.get("/api/provision-records?inquiryId=" + inquiryId, "auditor", PASSWORD);
    assertThat(JSON.readTree(hofu.body())).hasSize(1);
    assertThat(hofu.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    // the search's days are the office's, in Japan, whatever zone this machine is in
    String today = LocalDate.now(OfficeTime.ZONE).toString();
    assertThat(JSON.readTree(http.get("/api/provision-records?from=" + today + "&to=" + today, "auditor", PASSWORD)
        .body()).size()).isPositive();
    assertThat(JSON.readTree(http.get("/api/provision-records?to=2000-01-01", "auditor", PASSWORD).body())).isEmpty();
  }

  private void inLedger() {
    inLedger(MY_NUMBER);
  }

  private void inLedger(String myNumber) {
    ledger.addDoses(HOFU, new Ledger.Person("0012345678", myNumber, "山田 花子", "ヤマダ ハナコ",
            LocalDate.of(1980, 4, 1), "FEMALE"),
        List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ筋注", "FA1234", "3520600001"),
            new Ledger.Dose(2, LocalDate.of(2021, 6, 22), "ファイザー", "コミナティ筋注", "FA5678", "3520600001")),
        "TEST");
  }

  private void protectedResident() {
    HttpResponse<String> response = http.postJson("/sim/registry/municipalities/" + HOFU + "/residents", """
        {"myNumber":"%s","addresseeNumber":"0012345678","familyName":"山田","givenName":"花子",
         "familyNameKana":"ヤマダ","givenNameKana":"ハナコ","birthDate":"1980-04-01","sex":"FEMALE",
         "address":"山口県防府市寿町7-1","supportMeasure":true}""".formatted(MY_NUMBER), null, null);
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
  }

  private String inquire() throws Exception {
    return inquire(MY_NUMBER);
  }

  private String inquire(String myNumber) throws Exception {
    HttpResponse<String> response = http.postJsonIdempotent("/sim/vrs/inquiries",
        "{\"fromMunicipalityCode\":\"" + UBE + "\",\"toMunicipalityCode\":\"" + HOFU + "\",\"myNumber\":\"" + myNumber + "\"}",
        java.util.UUID.randomUUID().toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body()).get("inquiryId").asText();
  }

  private String statusAtVrs(String inquiryId) throws Exception {
    return JSON.readTree(http.get("/sim/vrs/inquiries/" + inquiryId).body()).get("status").asText();
  }

  private JsonNode awaitAnswer(String inquiryId) {
    return await().atMost(Duration.ofSeconds(30)).until(
        () -> JSON.readTree(http.get("/sim/vrs/inquiries/" + inquiryId).body()),
        inquiry -> !"PENDING".equals(inquiry.get("status").asText()));
  }

  private String awaitTask(String inquiryId, String user) {
    return await().atMost(Duration.ofSeconds(20)).until(() -> {
      JsonNode tasks = JSON.readTree(http.get("/engine-rest/task?processInstanceBusinessKey=" + inquiryId
          + "&taskDefinitionKey=approve-provision&firstResult=0&maxResults=5", user, PASSWORD).body());
      return tasks.size() == 1 ? tasks.get(0).get("id").asText() : null;
    }, id -> id != null);
  }

  private JsonNode provisionRecord(String inquiryId, String reader) throws Exception {
    return await().atMost(Duration.ofSeconds(20)).until(() -> {
      JsonNode records = JSON.readTree(http.get("/api/provision-records?inquiryId=" + inquiryId, reader, PASSWORD).body());
      return records.size() == 1 && records.get(0).hasNonNull("intermediateRecordId") ? records.get(0) : null;
    }, record -> record != null);
  }

  private List<JsonNode> intermediateRecords() throws Exception {
    List<JsonNode> records = new ArrayList<>();
    JSON.readTree(http.get("/sim/intermediate/provision-records").body()).forEach(records::add);
    return records;
  }

  private List<String> activities(String inquiryId) {
    await().atMost(Duration.ofSeconds(20)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(inquiryId).finished().count() == 1);
    String processInstanceId = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(inquiryId).singleResult().getId();
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
  }
}
