package jp.vaccinationoffice.caseserver.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.vaccinationoffice.caseserver.hardening.fuzz.CaseApiFuzzer;
import jp.vaccinationoffice.caseserver.hardening.fuzz.EngineRestFuzzer;
import jp.vaccinationoffice.caseserver.hardening.fuzz.FuzzRequest;
import jp.vaccinationoffice.caseserver.hardening.fuzz.FuzzRun;
import jp.vaccinationoffice.caseserver.hardening.fuzz.FuzzValues;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.SimulatorsProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A client's mistake is never answered with a 500: every client error of /api, /engine-rest, /sim
 * and /actuator is a 4xx with an RFC 9457 problem body, and an id of another municipality is
 * answered exactly like an unknown one. The case API is described by a generated OpenAPI document,
 * and a seeded fuzzer runs over every operation of it and the engine endpoints the staff use.
 */
@CaseServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientErrorsTest {

  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  static final ObjectMapper JSON = new ObjectMapper();
  static final long DEFAULT_SEED = 20261206L;
  static final String OWN_ACCOUNT_CALLER = "fuzzclerk";
  static final List<String> STAFF = List.of("clerk", "clerk2", "supervisor", "auditor", OWN_ACCOUNT_CALLER);

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired SimulatorsProperties simulators;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  Http http;
  MoveIn hofu;
  MoveIn ube;

  record MoveIn(String caseId, String processInstanceId, String consentId, String taskId) {
    List<String> ids() {
      return List.of(caseId, processInstanceId, consentId, taskId);
    }
  }

  @BeforeAll
  void twoCasesInTwoMunicipalities() throws Exception {
    http = new Http(port);
    hofu = moveIn("clerk", "352021", FuzzValues.MY_NUMBER);
    ube = moveIn("clerk2", "352063", "98765432101" + MyNumber.checkDigit("98765432101"));
    // the fuzzer changes this account's password, never one that the other tests sign in with
    User own = identityService.newUser(OWN_ACCOUNT_CALLER);
    own.setPassword(PASSWORD);
    identityService.saveUser(own);
    identityService.createMembership(OWN_ACCOUNT_CALLER, "clerks");
    identityService.createTenantUserMembership("352063", OWN_ACCOUNT_CALLER);
  }

  @Test
  void anotherMunicipalitysIdAnswersExactlyLikeAnUnknownId() {
    String unknown = "00000000-0000-0000-0000-000000000000";
    List<String> templates = List.of(
        "GET /engine-rest/task/%s", "GET /engine-rest/task/%s/form-variables", "GET /engine-rest/task/%s/variables",
        "GET /engine-rest/task/%s/comment", "GET /engine-rest/task/%s/form",
        "POST /engine-rest/task/%s/claim {\"userId\":\"clerk2\"}", "POST /engine-rest/task/%s/unclaim",
        "POST /engine-rest/task/%s/complete {}", "POST /engine-rest/task/%s/submit-form {}",
        "GET /engine-rest/process-instance/%p", "GET /engine-rest/process-instance/%p/variables",
        "GET /engine-rest/execution/%p", "GET /engine-rest/history/process-instance/%p",
        "GET /api/cases/%c", "POST /api/consents/%n/withdraw {}");
    for (String template : templates) {
      HttpResponse<String> foreign = call("clerk2", fill(template, hofu.taskId(), hofu.processInstanceId(),
          hofu.caseId(), hofu.consentId()));
      HttpResponse<String> missing = call("clerk2", fill(template, unknown, unknown, unknown, unknown));
      assertThat(foreign.statusCode()).as(template + ": " + foreign.body()).isEqualTo(404);
      assertThat(missing.statusCode()).as(template + ": " + missing.body()).isEqualTo(404);
      assertThat(normalized(foreign.body())).as(template).isEqualTo(normalized(missing.body()));
      assertThat(foreign.body()).doesNotContain("tenant").doesNotContain(hofu.taskId());
      assertThat(FuzzRun.isProblem(foreign, 404)).as(template).isTrue();
    }
    // and the other way round
    assertThat(call("clerk", "POST /engine-rest/task/" + ube.taskId() + "/claim\n{\"userId\":\"clerk\"}").statusCode())
        .isEqualTo(404);
  }

  @Test
  void anotherMunicipalitysIdTakesNoLongerThanAnUnknownId() {
    String unknown = "00000000-0000-0000-0000-000000000000";
    long foreign = medianMillis("GET /engine-rest/task/" + hofu.taskId() + "/variables");
    long missing = medianMillis("GET /engine-rest/task/" + unknown + "/variables");
    // same timing class: both a lookup that finds nothing the caller may see, no extra work for a hit
    assertThat(Math.abs(foreign - missing)).as(foreign + " ms vs " + missing + " ms").isLessThan(250);
  }

  @Test
  void theRequestsThatGot500BeforeAreRefusedAsClientErrors() {
    String task = hofu.taskId();
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("GET /api/provision-records?inquiryId=" + "a".repeat(3000), 400);
    expected.put("POST /engine-rest/task/" + task + "/complete {\"variables\":{\"consentAnswer\":{\"value\":\"{}\",\"type\":\"Json\"}}}", 400);
    expected.put("POST /engine-rest/task/" + task + "/complete {\"variables\":{\"consentAnswer\":{\"value\":\"rO0ABXQAAmhp\","
        + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}", 400);
    expected.put("POST /engine-rest/task?maxResults=5 {\"sorting\":[{\"sortBy\":\"processVariable\","
        + "\"sortOrder\":\"asc\",\"parameters\":{\"variable\":\"x\"}}]}", 400);
    expected.put("POST /engine-rest/task/" + task + "/complete {\"variables\":{\"consentAnswer\":{\"value\":1,\"value\":2}}", 400);
    expected.put("POST /engine-rest/task/" + task + "/claim {\"userId\":\"clerk\",\"userId\":", 400);
    expected.put("GET /engine-rest/task?maxResults=x", 400);
    expected.put("POST /engine-rest/task/count {\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\","
        + "\"parameters\":{\"variable\":1.5,\"type\":\"String\"}}]}", 400);
    expected.put("POST /engine-rest/task/" + task + "/complete {\"variables\":{\"consentAnswer\":{\"value\":\"a\",\"type\":\"\"}}}", 400);
    expected.put("POST /engine-rest/task/" + task + "/submit-form {\"variables\":{\"consentAnswer\":{\"value\":\"a\",\"type\":\"File\"}}}", 400);
    expected.put("GET /api/access-log/verify|multipart/form-data\n{}", 400);
    expected.put("POST /engine-rest/task/" + task + "/submit-form\nnull", 400);
    expected.put("POST /engine-rest/task/count\nnull", 400);
    expected.put("POST /engine-rest/task/" + task + "/complete {\"variables\":{\"consentAnswer\":{\"value\":\"a\",\"type\":\"String\"}}}", 400);
    expected.put("GET /engine-rest/task/" + task + "/variables", 200);
    for (Map.Entry<String, Integer> each : expected.entrySet()) {
      String caller = each.getKey().startsWith("GET /api/access-log") ? "auditor" : "clerk";
      HttpResponse<String> response = call(caller, each.getKey().replace(" {", "\n{"));
      assertThat(response.statusCode()).as(each.getKey() + ": " + response.body()).isEqualTo(each.getValue());
      if (each.getValue() >= 400) {
        assertThat(FuzzRun.isProblem(response, each.getValue())).as(response.body()).isTrue();
      }
    }
    assertThat(taskService.getVariable(task, "consentAnswer")).isNull();
  }

  @Test
  void aMyNumberSentAsAnIdIsNotRepeatedInTheAnswer() {
    for (String path : List.of("/api/cases/", "/api/ledger/imports/")) {
      HttpResponse<String> response = http.get(path + FuzzValues.MY_NUMBER, "auditor", PASSWORD);
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).doesNotContain(FuzzValues.MY_NUMBER);
    }
    // never passed to the engine, which would write the id to its log
    HttpResponse<String> engine = call("clerk", "GET /engine-rest/task/" + FuzzValues.MY_NUMBER + "/variables");
    HttpResponse<String> unknown = call("clerk", "GET /engine-rest/task/00000000-0000-0000-0000-000000000000/variables");
    assertThat(engine.statusCode()).isEqualTo(404);
    assertThat(readJson(engine.body())).isEqualTo(readJson(unknown.body()));
  }

  private static JsonNode readJson(String body) {
    try {
      return JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theUnboundQueryRefusalSaysWhatToSend() throws Exception {
    for (String query : List.of("GET /engine-rest/task", "GET /engine-rest/task?maxResults=2001",
        "GET /engine-rest/history/process-instance")) {
      HttpResponse<String> response = call("clerk", query);
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(response.body()).path("detail").asText()).contains("maxResults").contains("2,000");
    }
  }

  @Test
  void everyKindOfClientErrorIsAProblemOnEveryApi() {
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("anonymous GET /api/cases/x", 401);
    expected.put("anonymous GET /engine-rest/task/count", 401);
    expected.put("anonymous GET /actuator/metrics", 401);
    expected.put("anonymous GET /api/openapi.json", 401);
    expected.put("anonymous GET /error", 404);
    expected.put("clerk GET /error", 404);
    expected.put("clerk GET /api/provision-records", 403);
    expected.put("clerk GET /engine-rest/history/process-instance/no-such-instance", 404);
    expected.put("clerk GET /api/no-such-thing", 404);
    expected.put("clerk GET /engine-rest/no-such-thing", 404);
    expected.put("clerk GET /actuator/no-such-thing", 403);
    expected.put("admin GET /actuator/no-such-thing", 404);
    expected.put("anonymous GET /sim/no-such-thing", 404);
    expected.put("clerk DELETE /api/cases/x", 405);
    expected.put("clerk DELETE /engine-rest/task/count", 405);
    expected.put("supervisor GET /api/provision-records|application/xml", 406);
    // the last day Java's dates hold has no next day to end the search with (it was a 500)
    expected.put("supervisor GET /api/provision-records?to=%2B999999999-12-31", 400);
    expected.put("supervisor GET /api/provision-records?from=1999-12-31", 400);
    expected.put("clerk GET /engine-rest/task/count|application/xml", 406);
    expected.put("clerk POST /api/move-in-queries|text/plain x", 415);
    expected.put("clerk POST /engine-rest/task/no-such-task/claim|text/plain x", 415);
    expected.put("admin POST /api/admin/users/nobody/disable {\"reason\":\"a\",\"reason\":\"b\"}", 400);
    expected.put("clerk POST /engine-rest/task?maxResults=1 {\"nameLike\":\"" + "a".repeat(1024 * 1024) + "\"}", 413);
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, Integer> each : expected.entrySet()) {
      String[] callerAndRequest = each.getKey().split(" ", 2);
      HttpResponse<String> response = call(callerAndRequest[0], callerAndRequest[1].replace(" {", "\n{").replace(" x", "\nx"));
      if (response.statusCode() != each.getValue() || !FuzzRun.isProblem(response, each.getValue())) {
        mismatches.add(each.getKey().substring(0, Math.min(80, each.getKey().length())) + ": " + response.statusCode()
            + " " + response.headers().firstValue("Content-Type").orElse("") + " "
            + response.body().substring(0, Math.min(120, response.body().length())));
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void aPathTomcatCannotDecodeIsAProblemToo() throws Exception {
    for (String path : List.of("/api/cases/%ZZ", "/engine-rest/task/%ZZ", "/sim/%ZZ")) {
      try (Socket socket = new Socket("localhost", port)) {
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
            .contains("\"status\":400").doesNotContain("<html");
      }
    }
  }

  @Test
  void theOpenApiDocumentDescribesEveryCaseApiOperation() throws Exception {
    HttpResponse<String> response = http.get("/api/openapi.json", "auditor", PASSWORD);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode document = JSON.readTree(response.body());
    assertThat(document.path("openapi").asText()).startsWith("3.1");

    Set<String> documented = new TreeSet<>();
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
    Set<String> mapped = new TreeSet<>();
    Set<String> withBodies = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
      if (!mapping.getValue().getBeanType().getPackageName().startsWith("jp.vaccinationoffice.caseserver")) {
        continue;
      }
      for (String pattern : mapping.getKey().getPatternValues()) {
        if (pattern.startsWith("/api/")) {
          mapping.getKey().getMethodsCondition().getMethods().forEach(method -> mapped.add(method + " " + pattern));
          boolean body = java.util.Arrays.stream(mapping.getValue().getMethodParameters()).anyMatch(parameter ->
              parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
                  || parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestPart.class));
          if (body) {
            mapping.getKey().getMethodsCondition().getMethods().forEach(method -> withBodies.add(method + " " + pattern));
          }
        }
      }
    }
    assertThat(mapped).hasSizeGreaterThanOrEqualTo(13);
    assertThat(documented).containsExactlyInAnyOrderElementsOf(mapped);
    for (String operation : withBodies) {
      String[] methodAndPath = operation.split(" ");
      JsonNode content = document.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase())
          .path("requestBody").path("content");
      assertThat(content.elements().hasNext()).as(operation + " has a request body").isTrue();
      assertThat(content.elements().next().path("schema").isMissingNode()).as(operation + " names a schema").isFalse();
    }
  }

  @Test
  void fuzzedRequestsNeverGet5xxAndEveryRefusalIsAProblem() throws Exception {
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    List<String> callers = List.of("clerk", "clerk2", "supervisor", "auditor", "anonymous", "vrs");
    FuzzValues values = new FuzzValues(seed).ids(
        concat(hofu.ids(), List.of(filterService.createFilterQuery().list().get(0).getId())), ube.ids());
    JsonNode document = JSON.readTree(http.get("/api/openapi.json", "clerk", PASSWORD).body());
    List<FuzzRequest> requests = new ArrayList<>(new CaseApiFuzzer(document, values, callers)
        .callersFor("/api/account/", List.of(OWN_ACCOUNT_CALLER, "anonymous"))
        .callersFor("/api/electronic-certificate-requests", List.of("kiosk", "app", "clerk", "anonymous")).requests(70));
    requests.addAll(new EngineRestFuzzer(values, callers).requests(45));

    Map<String, String> credentials = new LinkedHashMap<>();
    STAFF.forEach(user -> credentials.put(user, user + ":" + PASSWORD));
    List.of("kiosk", "app").forEach(channel -> credentials.put(channel, channel + ":" + PASSWORD));
    credentials.put("vrs", simulators.getVrs().getInbound().getUsername() + ":" + simulators.getVrs().getInbound().getPassword());
    long started = System.nanoTime();
    FuzzRun run = new FuzzRun(port, credentials).send(requests, 4);
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

    String report = "fuzz seed=" + seed + " requests=" + run.sent() + " millis=" + millis + " failures="
        + run.failures().size();
    System.out.println(report);
    Path reportFile = Path.of("target", "fuzz", "client-errors.txt");
    Files.createDirectories(reportFile.getParent());
    Files.writeString(reportFile, report + "\n" + String.join("\n", run.failures()) + "\n", StandardCharsets.UTF_8);
    assertThat(run.sent()).isBetween(1500, 5000);
    assertThat(run.failures()).as(report).isEmpty();
  }

  private MoveIn moveIn(String clerk, String previousMunicipality, String myNumber) throws Exception {
    String body = """
        {"previousMunicipalityCode":"%s","myNumber":"%s",
         "resident":{"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
                     "birthDate":"1980-04-01","sex":"FEMALE","address":"山口県防府市寿町7-1"},
         "consent":{"given":true,"signedOn":"2026-11-20","formReceived":false}}""".formatted(previousMunicipality, myNumber);
    HttpResponse<String> created = http.postJson("/api/move-in-queries", body, clerk, PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode receipt = JSON.readTree(created.body());
    String processInstanceId = receipt.path("processInstanceId").asText();
    Task task = null;
    for (int i = 0; i < 100 && task == null; i++) {
      task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
      if (task == null) {
        task = taskService.createTaskQuery().processInstanceBusinessKey(receipt.path("caseId").asText()).singleResult();
      }
      if (task == null) {
        Thread.sleep(100);
      }
    }
    assertThat(task).as("the case's first task").isNotNull();
    return new MoveIn(receipt.path("caseId").asText(), processInstanceId, receipt.path("consentId").asText(), task.getId());
  }

  private static String fill(String template, String task, String process, String caseId, String consent) {
    return template.replace("%s", task).replace("%p", process).replace("%c", caseId).replace("%n", consent)
        .replace(" {", "\n{");
  }

  /** The body without what differs between any two answers (none of our problem bodies has such a part). */
  private static String normalized(String body) {
    return body.replaceAll("\"instance\":\"[^\"]*\"", "");
  }

  private long medianMillis(String request) {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      long started = System.nanoTime();
      call("clerk2", request);
      times.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
    times.sort(null);
    return times.get(times.size() / 2);
  }

  /** "METHOD path[|accept-or-content-type]\nbody": one request as the caller ("anonymous": no credentials). */
  private HttpResponse<String> call(String caller, String request) {
    String[] lines = request.split("\n", 2);
    String[] head = lines[0].split(" ", 2);
    String[] pathAndType = head[1].split("\\|", 2);
    String body = lines.length > 1 ? lines[1] : null;
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndType[0]))
        .timeout(Duration.ofSeconds(30))
        .method(head[0], body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      builder.header("Content-Type", pathAndType.length > 1 ? pathAndType[1] : "application/json");
    } else if (pathAndType.length > 1) {
      builder.header("Accept", pathAndType[1]);
    }
    if (!caller.equals("anonymous")) {
      builder.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((caller + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
