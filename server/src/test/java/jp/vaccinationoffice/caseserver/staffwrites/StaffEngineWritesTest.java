package jp.vaccinationoffice.caseserver.staffwrites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.vaccinationoffice.caseserver.accounts.StaffAccountRegistry;
import jp.vaccinationoffice.caseserver.security.StaffGroups;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.WebappClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff write engine variables only by completing a task with its form's fields, and give tasks only
 * to users who can work them: every other way through the engine REST API and its webapp copy is
 * refused, over real HTTP against the running server.
 */
@CaseServerTest
class StaffEngineWritesTest {

  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  static final String PROCESS = "staff-writes-check";
  static final String HOFU = "352063";
  static final String MY_NUMBER = "123456789018";
  static final ObjectMapper JSON = new ObjectMapper();

  static final String FORM = """
      {"id": "staff-writes-check", "type": "default", "schemaVersion": 12, "components": [
        {"id": "intro", "type": "text", "text": "Check"},
        {"id": "f1", "type": "radio", "key": "decision", "label": "Decision", "validate": {"required": true},
         "values": [{"label": "Yes", "value": "APPROVE"}, {"label": "No", "value": "REJECT"}]},
        {"id": "f2", "type": "textfield", "key": "code", "label": "Code", "validate": {"pattern": "^[0-9]{6}$"}},
        {"id": "f3", "type": "checkbox", "key": "seen", "label": "Seen"},
        {"id": "f4", "type": "textfield", "key": "remark", "label": "Remark", "validate": {"maxLength": 40}},
        {"id": "f5", "type": "number", "key": "copies", "label": "Copies", "validate": {"min": 1, "max": 5}}
      ]}""";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired StaffAccountRegistry registry;
  Http http;
  ProcessInstance instance;
  String taskId;

  @BeforeEach
  void startACase() {
    http = new Http(port);
    identityService.clearAuthentication();
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      repositoryService.createDeployment()
          .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).operatonHistoryTimeToLive(1)
              .startEvent().userTask("fill-in").operatonCandidateGroups("clerks")
              .operatonFormRef(PROCESS).operatonFormRefBinding("deployment").endEvent().done())
          .addString(PROCESS + ".form", FORM)
          .deploy();
    }
    staffMember("clerk3", false);
    staffMember("clerk4", true);
    instance = runtimeService.startProcessInstanceByKey(PROCESS, Map.of("municipalityCode", HOFU, "step", "open"));
    taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  /** Every engine REST endpoint that writes variables or candidates (Operaton 1.0.3), as a clerk sends it. */
  List<String[]> variableWrites() {
    String t = "task/" + taskId;
    String p = "process-instance/" + instance.getId();
    String e = "execution/" + instance.getId();
    String d = "process-definition/" + instance.getProcessDefinitionId();
    String variables = "{\"municipalityCode\":{\"value\":\"352021\"},\"myNumber\":{\"value\":\"" + MY_NUMBER + "\"}}";
    String withVariables = "{\"variables\":" + variables + "}";
    String instruction = "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"fill-in\",\"variables\":"
        + variables + "}]}";
    String[][] rows = {
        {"PUT", t + "/variables/municipalityCode", "{\"value\":\"352021\"}"},
        {"POST", t + "/variables", "{\"modifications\":" + variables + "}"},
        {"DELETE", t + "/variables/step", null},
        {"POST", t + "/variables/step/data", "{}"},
        {"PUT", t + "/localVariables/myNumber", "{\"value\":\"" + MY_NUMBER + "\"}"},
        {"POST", t + "/localVariables", "{\"modifications\":" + variables + "}"},
        {"DELETE", t + "/localVariables/step", null},
        {"PUT", p + "/variables/municipalityCode", "{\"value\":\"352021\"}"},
        {"POST", p + "/variables", "{\"modifications\":" + variables + ",\"deletions\":[\"step\"]}"},
        {"DELETE", p + "/variables/step", null},
        {"POST", p + "/variables/step/data", "{}"},
        {"PUT", e + "/localVariables/step", "{\"value\":\"closed\"}"},
        {"POST", e + "/localVariables", "{\"modifications\":" + variables + "}"},
        {"DELETE", e + "/localVariables/step", null},
        {"POST", e + "/signal", withVariables},
        {"POST", e + "/messageSubscriptions/any/trigger", withVariables},
        {"PUT", "case-instance/any/variables/step", "{\"value\":\"closed\"}"},
        {"POST", "case-instance/any/variables", "{\"modifications\":" + variables + "}"},
        {"PUT", "case-execution/any/localVariables/step", "{\"value\":\"closed\"}"},
        {"POST", "case-execution/any/complete", withVariables},
        {"POST", "case-definition/key/any/create", withVariables},
        {"POST", "process-instance/variables-async", "{\"processInstanceIds\":[\"" + instance.getId() + "\"],"
            + "\"variables\":" + variables + "}"},
        {"POST", "process-instance/message-async", "{\"messageName\":\"any\",\"processInstanceIds\":[\""
            + instance.getId() + "\"],\"variables\":" + variables + "}"},
        {"POST", p + "/modification", instruction},
        {"POST", p + "/modification-async", instruction},
        {"POST", "modification/execute", "{\"processDefinitionId\":\"" + instance.getProcessDefinitionId()
            + "\",\"processInstanceIds\":[\"" + instance.getId() + "\"]," + instruction.substring(1)},
        {"POST", d + "/start", "{\"variables\":{\"municipalityCode\":{\"value\":\"" + HOFU + "\"}}}"},
        {"POST", "process-definition/key/" + PROCESS + "/start", withVariables},
        {"POST", "process-definition/key/" + PROCESS + "/tenant-id/" + HOFU + "/submit-form", withVariables},
        {"POST", d + "/restart", "{\"processInstanceIds\":[\"" + instance.getId() + "\"]," + instruction.substring(1)},
        {"POST", "message", "{\"messageName\":\"any\",\"processVariables\":" + variables + "}"},
        {"POST", "message", "{\"messageName\":\"any\",\"correlationKeys\":{\"step\":{\"value\":\"open\"}},"
            + "\"processVariablesLocal\":" + variables + "}"},
        {"POST", "signal", "{\"name\":\"any\",\"variables\":" + variables + "}"},
        {"POST", "condition", withVariables},
        {"POST", "migration/execute", "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\"x\","
            + "\"targetProcessDefinitionId\":\"y\",\"instructions\":[],\"variables\":" + variables + "},"
            + "\"processInstanceIds\":[\"" + instance.getId() + "\"]}"},
        {"POST", "decision-definition/key/identity-verification/evaluate", withVariables},
        {"POST", t + "/bpmnError", "{\"errorCode\":\"any\",\"variables\":" + variables + "}"},
        {"POST", t + "/bpmnEscalation", "{\"escalationCode\":\"any\",\"variables\":" + variables + "}"},
        {"POST", "external-task/fetchAndLock", "{\"workerId\":\"clerk\",\"maxTasks\":1,\"topics\":[]}"},
        {"POST", "external-task/any/complete", "{\"workerId\":\"clerk\",\"variables\":" + variables + "}"},
        {"POST", "external-task/any/bpmnError", "{\"workerId\":\"clerk\",\"errorCode\":\"any\"}"},
        {"POST", "external-task/any/failure", "{\"workerId\":\"clerk\",\"errorMessage\":\"any\",\"retries\":0}"},
        {"DELETE", "history/variable-instance/any", null},
        {"DELETE", "history/process-instance/" + instance.getId() + "/variable-instances", null},
        {"POST", t + "/identity-links", "{\"groupId\":\"auditors\",\"type\":\"candidate\"}"},
        {"POST", t + "/identity-links", "{\"userId\":\"clerk2\",\"type\":\"candidate\"}"},
        {"POST", t + "/identity-links/delete", "{\"groupId\":\"clerks\",\"type\":\"candidate\"}"},
        // the same writes spelt differently: matrix parameters, doubled and trailing slashes
        {"PUT", "task;x=1/" + taskId + "/variables/step", "{\"value\":\"closed\"}"},
        {"PUT", "/" + p + "//variables/step/", "{\"value\":\"closed\"}"},
        {"PUT", "engine/default/" + t + "/variables/step", "{\"value\":\"closed\"}"},
        {"POST", "engine/default/" + t + "/complete", "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},"
            + "\"step\":{\"value\":\"closed\"}}}"},
    };
    return List.of(rows);
  }

  @Test
  void everyOtherVariableWriteByStaffIsRefusedAndChangesNothing() throws Exception {
    Map<String, Object> before = runtimeService.getVariables(instance.getId());
    List<String> notRefused = new ArrayList<>();
    for (String[] row : variableWrites()) {
      for (String user : List.of("clerk", "supervisor", "auditor")) {
        if (!"clerk".equals(user) && !row[1].contains("variables")) {
          continue;
        }
        HttpResponse<String> response = http.send(row[0], "/engine-rest/" + row[1], row[2], user, PASSWORD);
        if (response.statusCode() != 403 || !isProblem(response)) {
          notRefused.add(user + " " + row[0] + " " + row[1] + " -> " + response.statusCode() + " " + response.body());
        }
        assertThat(response.body()).doesNotContain(MY_NUMBER);
      }
    }
    assertThat(notRefused).isEmpty();
    assertThat(runtimeService.getVariables(instance.getId())).isEqualTo(before);
    assertThat(taskService.getVariablesLocal(taskId)).isEmpty();
    assertThat(candidates(taskId)).containsExactly("group:clerks");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals("municipalityCode", "352021").count()).isZero();
  }

  @Test
  void theTasklistsCopyOfTheEngineApiRefusesThemToo() throws Exception {
    WebappClient tasklist = new WebappClient(port);
    assertThat(tasklist.login("clerk", PASSWORD, "tasklist").statusCode()).isEqualTo(200);
    Map<String, Object> before = runtimeService.getVariables(instance.getId());
    List<String> notRefused = new ArrayList<>();
    for (String[] row : variableWrites()) {
      HttpResponse<String> response = tasklist.send(row[0], WebappClient.ENGINE_API + "/" + row[1], row[2]);
      if (response.statusCode() != 403 || !isProblem(response)) {
        notRefused.add(row[0] + " " + row[1] + " -> " + response.statusCode() + " " + response.body());
      }
    }
    assertThat(notRefused).isEmpty();
    assertThat(runtimeService.getVariables(instance.getId())).isEqualTo(before);
    assertThat(candidates(taskId)).containsExactly("group:clerks");
  }

  @Test
  void administratorsKeepTheirPath() {
    HttpResponse<String> put = http.putJson("/engine-rest/process-instance/" + instance.getId() + "/variables/step",
        "{\"value\":\"reviewed\"}", "admin", PASSWORD);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
    assertThat(runtimeService.getVariable(instance.getId(), "step")).isEqualTo("reviewed");
  }

  @Test
  void aCompletionSetsOnlyTheFormsFieldsWithTheirTypesAndValues() throws Exception {
    String complete = "/engine-rest/task/" + taskId + "/complete";
    HttpResponse<String> undeclared = http.postJson(complete,
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"municipalityCode\":{\"value\":\"352021\"}}}",
        "clerk", PASSWORD);
    assertThat(undeclared.statusCode()).isEqualTo(403);
    assertThat(read(undeclared).get("variables").get(0).asText()).isEqualTo("municipalityCode");

    assertRefused(complete, "{}", "decision");
    assertRefused(complete, "{\"variables\":{\"seen\":{\"value\":true}}}", "decision");
    assertRefused(complete, "{\"variables\":{\"decision\":{\"value\":\"MAYBE\"}}}", "decision");
    assertRefused(complete, "{\"variables\":{\"decision\":{\"value\":\"APPROVE\",\"type\":\"Object\","
        + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/json\"}}}}",
        "decision");
    assertRefused(complete, "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"seen\":{\"value\":\"yes\"}}}", "seen");
    assertRefused(complete, "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"code\":{\"value\":\"35206\"}}}", "code");
    assertRefused(complete, "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"code\":{\"value\":352063}}}", "code");
    assertRefused(complete, "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"copies\":{\"value\":9}}}", "copies");
    assertRefused(complete, "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"remark\":{\"value\":\""
        + "x".repeat(41) + "\"}}}", "remark");
    HttpResponse<String> myNumber = assertRefused(complete, "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},"
        + "\"remark\":{\"value\":\"番号 1234-5678-9018\"}}}", "remark");
    assertThat(myNumber.body()).doesNotContain("1234-5678-9018");
    HttpResponse<String> twice = http.postJson(complete,
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}},\"variables\":{\"step\":{\"value\":\"x\"}}}",
        "clerk", PASSWORD);
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    HttpResponse<String> done = http.postJson(complete, "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},"
        + "\"code\":{\"value\":\"352021\",\"type\":\"String\"},\"seen\":{\"value\":false},\"copies\":{\"value\":2}}}",
        "clerk", PASSWORD);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void theEngineChecksEveryCompletionAgainstTheFormDeployedWithTheProcess() {
    // this form is only in the test's deployment, not on the class path; the engine wraps the listener's refusal
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("decision", "MAYBE")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("decision must be one of APPROVE, REJECT");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("decision", "APPROVE", "remark", "番号 1234-5678-9018")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("remark must not hold")
        .hasMessageNotContaining("1234-5678-9018");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("seen", true)))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("decision is required");
    HttpResponse<String> administrator = http.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"copies\":{\"value\":9}}}", "admin", PASSWORD);
    assertThat(administrator.statusCode()).as(administrator.body()).isEqualTo(400);
    assertThat(administrator.body()).contains("copies is outside the form's limits");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    taskService.complete(taskId, Map.of("decision", "REJECT", "copies", 2));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void theTasklistsSubmitFormIsCheckedTheSameWay() {
    WebappClient tasklist = new WebappClient(port);
    assertThat(tasklist.login("clerk", PASSWORD, "tasklist").statusCode()).isEqualTo(200);
    String submit = WebappClient.ENGINE_API + "/task/" + taskId + "/submit-form";
    HttpResponse<String> smuggled = tasklist.postJson(submit,
        "{\"variables\":{\"decision\":{\"value\":\"REJECT\"},\"step\":{\"value\":\"closed\"}}}");
    assertThat(smuggled.statusCode()).isEqualTo(403);
    HttpResponse<String> missing = tasklist.postJson(submit, "{\"variables\":{\"seen\":{\"value\":true}}}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"decision\"");

    HttpResponse<String> done = tasklist.postJson(submit, "{\"variables\":{\"decision\":{\"value\":\"REJECT\"}}}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
  }

  @Test
  void aTaskGoesOnlyToAnActiveUserOfItsMunicipalityInOneOfItsCandidateGroups() {
    String task = "/engine-rest/task/" + taskId;
    for (String stranger : List.of("clerk2", "supervisor", "auditor", "clerk4", "nobody", "")) {
      for (String[] request : List.of(
          new String[] {"POST", task + "/assignee", "{\"userId\":\"" + stranger + "\"}"},
          new String[] {"POST", task + "/claim", "{\"userId\":\"" + stranger + "\"}"},
          new String[] {"POST", task + "/delegate", "{\"userId\":\"" + stranger + "\"}"},
          new String[] {"PUT", task, "{\"name\":\"Fill in\",\"assignee\":\"" + stranger + "\"}"},
          new String[] {"PUT", task, "{\"name\":\"Fill in\",\"owner\":\"" + stranger + "\"}"})) {
        HttpResponse<String> response = http.send(request[0], request[1], request[2], "clerk", PASSWORD);
        assertThat(response.statusCode()).as(stranger + " " + request[1] + " " + response.body()).isEqualTo(400);
        assertThat(read(response).get("type").asText()).endsWith("assignee-not-eligible");
      }
    }
    HttpResponse<String> named = http.postJson("/engine-rest/engine/default/task/" + taskId + "/assignee",
        "{\"userId\":\"clerk2\"}", "clerk", PASSWORD);
    assertThat(named.statusCode()).as(named.body()).isEqualTo(400);
    Task unchanged = taskService.createTaskQuery().taskId(taskId).singleResult();
    assertThat(unchanged.getAssignee()).isNull();
    assertThat(unchanged.getOwner()).isNull();

    assertThat(http.postJson(task + "/claim", "{\"userId\":\"clerk\"}", "clerk", PASSWORD).statusCode()).isEqualTo(204);
    assertThat(http.postJson(task + "/delegate", "{\"userId\":\"clerk3\"}", "clerk", PASSWORD).statusCode())
        .isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("clerk3");
    HttpResponse<String> resolve = http.postJson(task + "/resolve", "{\"variables\":{\"step\":{\"value\":\"done\"}}}",
        "clerk3", PASSWORD);
    assertThat(resolve.statusCode()).as(resolve.body()).isEqualTo(403);
    assertThat(runtimeService.getVariable(instance.getId(), "step")).isEqualTo("open");
    HttpResponse<String> update = http.putJson(task, "{\"name\":\"Fill in\",\"assignee\":\"clerk3\",\"owner\":\"clerk\","
        + "\"priority\":60,\"tenantId\":\"" + HOFU + "\"}", "clerk", PASSWORD);
    assertThat(update.statusCode()).as(update.body()).isEqualTo(204);
    assertThat(http.postJson(task + "/assignee", "{\"userId\":null}", "clerk", PASSWORD).statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    assertThat(http.postJson(task + "/claim", "{\"userId\":\"clerk\"}", "clerk", PASSWORD).statusCode()).isEqualTo(204);
    assertThat(http.postJson(task + "/unclaim", "{}", "clerk", PASSWORD).statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

    WebappClient tasklist = new WebappClient(port);
    assertThat(tasklist.login("clerk", PASSWORD, "tasklist").statusCode()).isEqualTo(200);
    assertThat(tasklist.postJson(WebappClient.ENGINE_API + "/task/" + taskId + "/assignee", "{\"userId\":\"clerk2\"}")
        .statusCode()).isEqualTo(400);
    assertThat(tasklist.postJson(WebappClient.ENGINE_API + "/task/" + taskId + "/assignee", "{\"userId\":\"clerk3\"}")
        .statusCode()).isEqualTo(204);
  }

  @Test
  void anotherMunicipalitysTaskIsAnsweredByTheEngineAsUnknown() {
    HttpResponse<String> response = http.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}", "clerk2", PASSWORD);
    assertThat(response.statusCode()).isIn(403, 404, 500);
    assertThat(response.body()).doesNotContain("decision");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  private HttpResponse<String> assertRefused(String path, String body, String field) throws Exception {
    HttpResponse<String> response = http.postJson(path, body, "clerk", PASSWORD);
    assertThat(response.statusCode()).as(body + " " + response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/problem+json"));
    assertThat(Stream.of(read(response).get("errors")).flatMap(errors -> {
      List<String> fields = new ArrayList<>();
      errors.forEach(error -> fields.add(error.get("field").asText()));
      return fields.stream();
    })).contains(field);
    return response;
  }

  private static boolean isProblem(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
        && response.body().contains("urn:vaccination-office:problem:");
  }

  private static JsonNode read(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.body(), e);
    }
  }

  private List<String> candidates(String id) {
    return taskService.getIdentityLinksForTask(id).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(IdentityLink::getGroupId).map(group -> "group:" + group).toList();
  }

  private void staffMember(String userId, boolean disabled) {
    if (identityService.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    User user = identityService.newUser(userId);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, StaffGroups.CLERKS);
    identityService.createTenantUserMembership(HOFU, userId);
    if (disabled) {
      registry.disabled(userId, Instant.now(), "admin", "left the office");
    }
  }
}
