package jp.vaccinationoffice.caseserver.accesslog;

import static jp.vaccinationoffice.caseserver.support.CaseServerTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.engine.MunicipalityTenantIdProvider;
import jp.vaccinationoffice.caseserver.security.StaffGroups;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Reads with no business need (業務上必要のない検索): each read is recorded the way a case API
 * records it, and the supervisors' report must list exactly those that no task or case of the
 * reader justifies. Without grace periods, so that a read after a task ended counts as one.
 */
@CaseServerTest
@TestPropertySource(properties = {"access-log.task-grace-period=0s", "access-log.clock-skew=0s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnjustifiedReadsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String HOFU = "352063";
  static final String UBE = "352021";

  @LocalServerPort int port;
  @Autowired AccessLog accessLog;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  Http http;

  @BeforeAll
  void deployAndAddAnUbeSupervisor() {
    repositoryService.createDeployment().name("access-log-review-check")
        .addClasspathResource("accesslog/access-log-review-check.bpmn").deploy();
    User supervisor2 = identityService.newUser("supervisor2");
    supervisor2.setPassword(DEMO_PASSWORD);
    identityService.saveUser(supervisor2);
    identityService.createMembership("supervisor2", StaffGroups.SUPERVISORS);
    identityService.createTenantUserMembership(UBE, "supervisor2");
  }

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aClerkReadingTheCaseOfTheirGroupsOpenTaskIsNotListed() throws Exception {
    Case open = startCase(HOFU);
    long byTask = read("clerk", HOFU, open.id(), Justification.task(open.taskId()));
    long byCase = read("clerk", HOFU, open.id(), Justification.ofCase(open.id()));
    long searchForTheTask = record("clerk", HOFU, AccessAction.SEARCH, null, Justification.task(open.taskId()));

    Map<Long, String> listed = reportAs("supervisor");
    assertThat(listed).doesNotContainKeys(byTask, byCase, searchForTheTask);
  }

  @Test
  void readsWithoutAReasonOrWithAReasonThatNamesNoTaskOrCaseAreListed() throws Exception {
    String caseId = startCase(HOFU).id();
    long none = read("clerk", HOFU, caseId, null);
    long blank = read("clerk", HOFU, caseId, "  ");
    long prose = read("clerk", HOFU, caseId, "checking something");
    long unknownTask = read("clerk", HOFU, caseId, Justification.task("no-such-task"));
    long export = record("clerk", HOFU, AccessAction.EXPORT, caseId, null);

    Map<Long, String> listed = reportAs("supervisor");
    assertThat(listed).containsEntry(none, "NO_JUSTIFICATION")
        .containsEntry(blank, "NO_JUSTIFICATION")
        .containsEntry(prose, "UNRECOGNISED_JUSTIFICATION")
        .containsEntry(unknownTask, "TASK_NOT_FOUND")
        .containsEntry(export, "NO_JUSTIFICATION");
  }

  @Test
  void changesAreNotReads() throws Exception {
    String caseId = startCase(HOFU).id();
    long update = record("clerk", HOFU, AccessAction.UPDATE, caseId, null);
    long create = record("clerk", HOFU, AccessAction.CREATE, caseId, null);
    assertThat(reportAs("supervisor")).doesNotContainKeys(update, create);
  }

  @Test
  void aTaskOfAnotherGroupDoesNotJustifyTheRead() throws Exception {
    Case open = startCase(HOFU);
    long supervisorOnClerksTask = read("supervisor", HOFU, open.id(), Justification.task(open.taskId()));
    long supervisorOnClerksCase = read("supervisor", HOFU, open.id(), Justification.ofCase(open.id()));

    Map<Long, String> listed = reportAs("auditor");
    assertThat(listed).containsEntry(supervisorOnClerksTask, "NOT_ON_TASK")
        .containsEntry(supervisorOnClerksCase, "NOT_ON_CASE");
  }

  @Test
  void assigneesAndCandidateUsersAreOnTheTask() throws Exception {
    Case assigned = startCase(HOFU);
    taskService.setAssignee(assigned.taskId(), "supervisor");
    long byAssignee = read("supervisor", HOFU, assigned.id(), Justification.task(assigned.taskId()));
    Case candidate = startCase(HOFU);
    taskService.addCandidateUser(candidate.taskId(), "auditor");
    long byCandidate = read("auditor", HOFU, candidate.id(), Justification.task(candidate.taskId()));

    assertThat(reportAs("supervisor")).doesNotContainKeys(byAssignee, byCandidate);
  }

  @Test
  void aTaskOrCaseNamedForAnotherCaseIsListed() throws Exception {
    Case open = startCase(HOFU);
    String otherCase = startCase(HOFU).id();
    long taskOfAnotherCase = read("clerk", HOFU, otherCase, Justification.task(open.taskId()));
    long anotherCaseNamed = read("clerk", HOFU, otherCase, Justification.ofCase(open.id()));
    long caseNobodyWorks = read("clerk", HOFU, "case-without-tasks", Justification.ofCase("case-without-tasks"));

    Map<Long, String> listed = reportAs("supervisor");
    assertThat(listed).containsEntry(taskOfAnotherCase, "TASK_OF_ANOTHER_CASE")
        .containsEntry(anotherCaseNamed, "CASE_MISMATCH")
        .containsEntry(caseNobodyWorks, "NOT_ON_CASE");
  }

  @Test
  void readsBeforeATaskExistedOrAfterItEndedAreListed() throws Exception {
    String caseId = "case-" + UUID.randomUUID();
    long beforeTheCaseHadATask = read("clerk", HOFU, caseId, Justification.ofCase(caseId));
    Thread.sleep(20);
    Case started = startCase(HOFU, caseId);
    long whileOpen = read("clerk", HOFU, caseId, Justification.task(started.taskId()));
    taskService.complete(started.taskId());
    Thread.sleep(20);
    long afterItEnded = read("clerk", HOFU, caseId, Justification.task(started.taskId()));
    long caseAfterItEnded = read("clerk", HOFU, caseId, Justification.ofCase(caseId));

    Map<Long, String> listed = reportAs("supervisor");
    assertThat(listed).doesNotContainKey(whileOpen)
        .containsEntry(beforeTheCaseHadATask, "NOT_ON_CASE")
        .containsEntry(afterItEnded, "TASK_NOT_OPEN")
        .containsEntry(caseAfterItEnded, "NOT_ON_CASE");
  }

  @Test
  void eachMunicipalitySeesItsOwnReadsAndATaskOfAnotherMunicipalityJustifiesNothing() throws Exception {
    Case hofuCase = startCase(HOFU);
    long ubeReadOfHofuTask = read("clerk2", UBE, hofuCase.id(), Justification.task(hofuCase.taskId()));
    Case ubeCase = startCase(UBE);
    long ubeReadOfUbeTask = read("clerk2", UBE, ubeCase.id(), Justification.task(ubeCase.taskId()));
    long ubeReadWithoutReason = read("clerk2", UBE, ubeCase.id(), null);

    Map<Long, String> ube = reportAs("supervisor2");
    assertThat(ube).containsEntry(ubeReadOfHofuTask, "TASK_OF_ANOTHER_MUNICIPALITY")
        .containsEntry(ubeReadWithoutReason, "NO_JUSTIFICATION")
        .doesNotContainKey(ubeReadOfUbeTask);
    Map<Long, String> hofu = reportAs("supervisor");
    assertThat(hofu).doesNotContainKeys(ubeReadOfHofuTask, ubeReadWithoutReason);
  }

  @Test
  void theReportSaysWhoReadWhatWhenAndWhyItIsListed() throws Exception {
    String caseId = startCase(HOFU).id();
    long read = read("clerk", HOFU, caseId, null);

    HttpResponse<String> response = http.get("/api/access-log/unjustified-reads?userId=clerk&size=200",
        "supervisor", DEMO_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode items = JSON.readTree(response.body()).get("items");
    JsonNode found = null;
    for (JsonNode item : items) {
      assertThat(item.get("userId").asText()).isEqualTo("clerk");
      if (item.get("logId").asLong() == read) {
        found = item;
      }
    }
    assertThat(found).isNotNull();
    assertThat(found.get("subjectType").asText()).isEqualTo("CASE");
    assertThat(found.get("subjectId").asText()).isEqualTo(caseId);
    assertThat(found.get("action").asText()).isEqualTo("READ");
    assertThat(found.get("recordedAt").asText()).isNotBlank();
    assertThat(found.get("reason").asText()).isEqualTo("NO_JUSTIFICATION");
    assertThat(found.get("description").asText()).contains("no task or case");

    HttpResponse<String> laterPeriod = http.get("/api/access-log/unjustified-reads?from=2999-01-01&to=2999-01-02",
        "supervisor", DEMO_PASSWORD);
    assertThat(JSON.readTree(laterPeriod.body()).get("total").asLong()).isZero();
  }

  private Map<Long, String> reportAs(String user) throws Exception {
    HttpResponse<String> response = http.get("/api/access-log/unjustified-reads?size=200", user, DEMO_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode page = JSON.readTree(response.body());
    assertThat(page.get("total").asLong()).isLessThanOrEqualTo(200);
    Map<Long, String> reasons = new HashMap<>();
    page.get("items").forEach(item -> reasons.put(item.get("logId").asLong(), item.get("reason").asText()));
    return reasons;
  }

  private long read(String user, String municipality, String caseId, String justification) {
    return record(user, municipality, AccessAction.READ, caseId, justification);
  }

  /** Records as a case API would and returns the new row's id. */
  private long record(String user, String municipality, AccessAction action, String caseId, String justification) {
    accessLog.record(new AccessEntry(user, municipality, action, AccessSubjects.CASE, caseId, justification,
        "192.0.2.20"));
    return jdbc.queryForObject("SELECT last_id FROM access_log_head", Long.class);
  }

  private Case startCase(String municipality) {
    return startCase(municipality, "case-" + UUID.randomUUID());
  }

  private Case startCase(String municipality, String caseId) {
    String instanceId = runtimeService.startProcessInstanceByKey("access-log-review-check", caseId,
        Map.of(MunicipalityTenantIdProvider.MUNICIPALITY_VARIABLE, municipality)).getId();
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    return new Case(caseId, task.getId());
  }

  record Case(String id, String taskId) {}
}
