package jp.vaccinationoffice.caseserver.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import jp.vaccinationoffice.caseserver.security.StaffPermissions;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.WebappClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's attack surface over HTTP: expressions in queries (also nested in orQueries, which the
 * engine alone lets through), Java serialization, unbounded queries, deployments.
 */
@CaseServerTest
class EngineHardeningTest {

  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  static final String NESTED_EXPRESSION = "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}";
  static final String PROCESS = "hardening-check";

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theEngineAloneEvaluatesAnExpressionNestedInOrQueries() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
    identityService.setAuthentication("clerk", List.of("clerks"), List.of("352063"));

    assertThatThrownBy(() -> taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").listPage(0, 10))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Expressions are forbidden");
    // the same expression one level down passes the engine's check (Operaton 1.0.3): hence the filter
    assertThat(taskService.createTaskQuery().or().taskAssigneeExpression("${currentUser()}").endOr().listPage(0, 10))
        .isEmpty();
  }

  @Test
  void theEngineRestApiRefusesAnExpressionNestedInOrQueries() {
    HttpResponse<String> nested = http.postJson("/engine-rest/task?maxResults=10", NESTED_EXPRESSION, "clerk", PASSWORD);
    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(nested.body()).contains("urn:vaccination-office:problem:expression-in-query");

    HttpResponse<String> count = http.postJson("/engine-rest/task/count", NESTED_EXPRESSION, "clerk", PASSWORD);
    assertThat(count.statusCode()).isEqualTo(400);

    HttpResponse<String> escaped = http.postJson("/engine-rest/task?maxResults=10",
        "{\"orQueries\":[{\"candidateUserExpression\":\"\\u0024{currentUser()}\"}]}", "clerk", PASSWORD);
    assertThat(escaped.statusCode()).isEqualTo(400);

    HttpResponse<String> topLevel = http.postJson("/engine-rest/task?maxResults=10",
        "{\"assigneeExpression\":\"#{currentUser()}\"}", "clerk", PASSWORD);
    assertThat(topLevel.statusCode()).isEqualTo(400);

    HttpResponse<String> queryString = http.get("/engine-rest/task?maxResults=10&assigneeExpression=%24%7BcurrentUser()%7D",
        "clerk", PASSWORD);
    assertThat(queryString.statusCode()).isEqualTo(400);
    assertThat(queryString.body()).contains("expression-in-query");
  }

  @Test
  void plainTaskQueriesStillWork() {
    assertThat(http.postJson("/engine-rest/task?maxResults=10",
        "{\"orQueries\":[{\"assignee\":\"clerk\"},{\"candidateGroup\":\"clerks\"}]}", "clerk", PASSWORD).statusCode())
        .isEqualTo(200);
    assertThat(http.get("/engine-rest/task?maxResults=10&assignee=clerk", "clerk", PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.postJson("/engine-rest/task/count", "{}", "clerk", PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void filtersRefuseExpressionsInTheirQueriesAndInQueriesSentToThem() {
    String filterId = filterService.createFilterQuery().filterName(StaffPermissions.TASKS_FILTER_NAME).singleResult().getId();
    assertThat(http.postJson("/engine-rest/filter/" + filterId + "/list?maxResults=10", NESTED_EXPRESSION, "clerk", PASSWORD)
        .statusCode()).isEqualTo(400);
    assertThat(http.postJson("/engine-rest/filter/" + filterId + "/count", NESTED_EXPRESSION, "clerk", PASSWORD)
        .statusCode()).isEqualTo(400);
    assertThat(http.postJson("/engine-rest/filter/" + filterId + "/list?maxResults=10", "{}", "clerk", PASSWORD)
        .statusCode()).isEqualTo(200);

    HttpResponse<String> stored = http.postJson("/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":" + NESTED_EXPRESSION + "}", "admin", PASSWORD);
    assertThat(stored.statusCode()).isEqualTo(400);
    assertThat(filterService.createFilterQuery().filterName("mine").count()).isZero();
  }

  @Test
  void theWebappsCopyOfTheEngineApiRefusesThemToo() {
    WebappClient tasklist = new WebappClient(port);
    assertThat(tasklist.login("clerk", PASSWORD, "tasklist").statusCode()).isEqualTo(200);
    HttpResponse<String> nested = tasklist.postJson(WebappClient.ENGINE_API + "/task?maxResults=10", NESTED_EXPRESSION);
    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(nested.body()).contains("expression-in-query");
    String filterId = filterService.createFilterQuery().filterName(StaffPermissions.TASKS_FILTER_NAME).singleResult().getId();
    assertThat(tasklist.postJson(WebappClient.ENGINE_API + "/filter/" + filterId + "/list?maxResults=10",
        NESTED_EXPRESSION).statusCode()).isEqualTo(400);
    assertThat(tasklist.postJson(WebappClient.ENGINE_API + "/filter/" + filterId + "/list?maxResults=10", "{}")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    deployProcess();
    String serialized = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 't', 0, 2, 'h', 'i'});
    String start = "{\"variables\":{"
        + "\"municipalityCode\":{\"value\":\"352063\",\"type\":\"String\"},"
        + "\"payload\":{\"value\":\"" + serialized + "\",\"type\":\"Object\",\"valueInfo\":{"
        + "\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";
    HttpResponse<String> response = http.postJson("/engine-rest/process-definition/key/" + PROCESS + "/start", start,
        "admin", PASSWORD);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Java serialization format is prohibited");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isZero();

    HttpResponse<String> plain = http.postJson("/engine-rest/process-definition/key/" + PROCESS + "/start",
        "{\"variables\":{\"municipalityCode\":{\"value\":\"352063\",\"type\":\"String\"}}}", "admin", PASSWORD);
    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).singleResult().getId();
    HttpResponse<String> put = http.putJson("/engine-rest/process-instance/" + instanceId + "/variables/payload",
        "{\"value\":\"" + serialized + "\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}", "admin", PASSWORD);
    assertThat(put.statusCode()).isEqualTo(400);
    assertThat(put.body()).contains("Java serialization format is prohibited");
    assertThat(runtimeService.getVariable(instanceId, "payload")).isNull();
  }

  @Test
  void unboundedQueriesAreRefused() {
    HttpResponse<String> unbounded = http.get("/engine-rest/task", "clerk", PASSWORD);
    assertThat(unbounded.statusCode()).isEqualTo(400);
    assertThat(unbounded.body()).contains("unbound");
    assertThat(http.get("/engine-rest/task?maxResults=2001", "clerk", PASSWORD).statusCode()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task?maxResults=2000", "clerk", PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/process-instance", "admin", PASSWORD).statusCode()).isEqualTo(400);
  }

  @Test
  void onlyAdministratorsDeploy() {
    String bpmn = Bpmn.convertToString(model("clerk-deployed"));
    HttpResponse<String> byClerk = deploy(bpmn, "clerk");
    assertThat(byClerk.statusCode()).isEqualTo(403);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("clerk-deployed").count()).isZero();

    HttpResponse<String> byAdmin = deploy(bpmn, "admin");
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("clerk-deployed").count()).isEqualTo(1);
  }

  private void deployProcess() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model(PROCESS)).deploy();
    }
  }

  private static BpmnModelInstance model(String key) {
    return Bpmn.createExecutableProcess(key).operatonHistoryTimeToLive(1)
        .startEvent().userTask("review").operatonCandidateGroups("clerks").endEvent().done();
  }

  private HttpResponse<String> deploy(String bpmn, String user) {
    String boundary = "hardening" + System.nanoTime();
    String body = part(boundary, "deployment-name", null, "hardening") + part(boundary, "data", "check.bpmn", bpmn)
        + "--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(String boundary, String name, String fileName, String content) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
        + (fileName == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n" + content + "\r\n";
  }
}
