package jp.vaccinationoffice.caseserver.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.support.FreePort;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import jp.vaccinationoffice.caseserver.workers.TicketRegistrationCheckWorker.TestCase;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.runtime.ModeledErrors;
import jp.vaccinationoffice.workers.runtime.StepTransactions;
import jp.vaccinationoffice.workers.runtime.TaskSignal;
import jp.vaccinationoffice.workers.runtime.WorkerProperties;
import jp.vaccinationoffice.workers.runtime.WorkerSubscriptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricIncident;
import org.operaton.bpm.engine.runtime.Incident;
import org.operaton.bpm.engine.spring.SpringProcessEngineConfiguration;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worker runtime against the real engine, the real VRS gateway and the VRS simulator served by
 * the same server (the demo wiring), over HTTP all the way.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.DEFINED_PORT,
    properties = {
        "spring.datasource.url=jdbc:h2:mem:worker-retries;DB_CLOSE_DELAY=-1",
        "DEMO_PASSWORD=demo-password-for-tests",
        "workers.retries=1",
        "workers.retry-interval=300ms",
        "workers.lock-duration=2s",
        "workers.poll-interval=1s"
    })
class WorkerRetriesAndIdempotencyTest extends ServerOnFreePort {

  static final MyNumber MY_NUMBER = MyNumber.parse("123456789018");
  static final ObjectMapper JSON = new ObjectMapper();


  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ExternalTaskService externalTaskService;
  @Autowired HistoryService historyService;
  @Autowired SpringProcessEngineConfiguration engineConfiguration;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired DataSource dataSource;
  @Autowired TaskSignal taskSignal;
  @Autowired TicketRegistrationCheckWorker worker;
  @Autowired StepTransactions steps;
  @Autowired JdbcTemplate jdbc;

  Http http = new Http(PORT);

  @BeforeEach
  void deployAndReset() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("ticket-registration-check").count() == 0) {
      repositoryService.createDeployment().addClasspathResource("bpmn/ticket-registration-check.bpmn").deploy();
    }
    assertThat(http.postJson("/sim/reset", "{}", null, null).statusCode()).isLessThan(300);
  }

  @AfterEach
  void clearFaults() {
    http.postJson("/sim/vrs/faults", "{\"operation\":\"REGISTER_TICKET\",\"mode\":\"NONE\"}", null, null);
  }

  @Test
  void aFailingCallIsRetriedThenBecomesAnIncidentAndResumesWithTheSameKey() throws Exception {
    fault("{\"operation\":\"REGISTER_TICKET\",\"mode\":\"UNAVAILABLE\",\"count\":2}");
    String caseId = startCase("0000000001");
    String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .singleResult().getId();

    Incident incident = await().atMost(Duration.ofSeconds(20))
        .until(() -> runtimeService.createIncidentQuery().processInstanceId(processInstanceId).singleResult(),
            found -> found != null);
    assertThat(incident.getIncidentMessage()).contains("VRS").contains("REGISTER_TICKET").contains("503")
        .doesNotContain(MY_NUMBER.digits());
    String details = externalTaskService.getExternalTaskErrorDetails(incident.getConfiguration());
    assertThat(details).doesNotContain(MY_NUMBER.digits());
    assertThat(calls("REGISTER_TICKET")).extracting(call -> call.get("outcome").asText())
        .containsExactly("FAILED", "FAILED");

    // what Cockpit's "retry" does: set the external task's retries again through the engine REST API
    var retry = http.putJson("/engine-rest/external-task/" + incident.getConfiguration() + "/retries",
        "{\"retries\":1}", "admin", "demo-password-for-tests");
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(204);

    awaitEnded(caseId);
    List<JsonNode> calls = calls("REGISTER_TICKET");
    assertThat(calls).extracting(call -> call.get("outcome").asText()).containsExactly("FAILED", "FAILED", "OK");
    assertThat(calls).extracting(call -> call.get("idempotencyKey").asText()).containsOnly(
        calls.get(0).get("idempotencyKey").asText());
    assertThat(tickets()).hasSize(1);
    List<HistoricIncident> history = historyService.createHistoricIncidentQuery()
        .processInstanceId(incident.getProcessInstanceId()).list();
    assertThat(history).singleElement().satisfies(resolved -> assertThat(resolved.isResolved()).isTrue());
  }

  @Test
  void aSecondWorkerRepeatingACallWhoseLockExpiredHasNoSecondEffect() throws Exception {
    // the first call hangs past the 2 s lock; a second worker fetches the task again and calls too
    fault("{\"operation\":\"REGISTER_TICKET\",\"mode\":\"SLOW\",\"count\":1,\"delayMillis\":5000}");
    WorkerSubscriptions secondWorker = new WorkerSubscriptions(List.of(worker), new WorkerProperties(
        true, "second-worker", Duration.ofSeconds(2), 1, Duration.ofMillis(500), 1, Duration.ofMillis(300), 1),
        externalTaskService, steps, new ModeledErrors(repositoryService), new TaskSignal());
    String caseId = startCase("0000000002");
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> callsRecordedBeforeSending(caseId) == 1);
      secondWorker.start();
      awaitEnded(caseId);
      await().atMost(Duration.ofSeconds(15)).until(() -> calls("REGISTER_TICKET").size() == 2);
    } finally {
      secondWorker.stop();
    }

    List<JsonNode> calls = calls("REGISTER_TICKET");
    assertThat(calls).extracting(call -> call.get("outcome").asText()).containsExactlyInAnyOrder("OK", "REPLAYED");
    assertThat(calls).extracting(call -> call.get("idempotencyKey").asText()).containsOnly(
        calls.get(0).get("idempotencyKey").asText());
    assertThat(tickets()).hasSize(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM national_system_call WHERE case_id = ?", Integer.class, caseId))
        .isEqualTo(1);
  }

  @Test
  void theEngineJoinsTheTransactionsOfTheWorkersOnTheSameDatabase() {
    assertThat(engineConfiguration.getTransactionManager()).isSameAs(transactionManager);
    assertThat(engineConfiguration.getDataSource()).isInstanceOfSatisfying(TransactionAwareDataSourceProxy.class,
        proxy -> assertThat(proxy.getTargetDataSource()).isSameAs(dataSource));
  }

  @Test
  void aNewExternalTaskWakesTheWorkersOnceItsTransactionHasCommitted() {
    long before = taskSignal.generation();
    startCase("0000000003");
    assertThat(taskSignal.generation()).isGreaterThan(before);
  }

  private int callsRecordedBeforeSending(String caseId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM national_system_call WHERE case_id = ?", Integer.class, caseId);
  }

  private String startCase(String ticketNumber) {
    String caseId = "case-" + UUID.randomUUID();
    TicketRegistrationCheckWorker.CASES.put(caseId, new TestCase(MY_NUMBER, ticketNumber));
    runtimeService.createProcessInstanceByKey("ticket-registration-check")
        .businessKey(caseId).setVariable("municipalityCode", "352063").execute();
    return caseId;
  }

  private void awaitEnded(String caseId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseId).finished().count() == 1);
  }

  private void fault(String json) {
    assertThat(http.postJson("/sim/vrs/faults", json, null, null).statusCode()).isEqualTo(200);
  }

  private List<JsonNode> calls(String operation) throws Exception {
    JsonNode calls = JSON.readTree(http.get("/sim/vrs/calls?municipalityCode=352063&operation=" + operation).body());
    return java.util.stream.StreamSupport.stream(calls.spliterator(), false).toList();
  }

  private JsonNode tickets() throws Exception {
    return JSON.readTree(http.get("/sim/vrs/municipalities/352063/tickets").body());
  }
}
