package jp.vaccinationoffice.caseserver.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.caseserver.provision.VrsSystemAccount;
import jp.vaccinationoffice.simulators.SimulatorsProperties;
import org.operaton.bpm.engine.AuthorizationException;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.WebappClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One account per person, staff of one municipality each: disabling an account (a transfer, 異動)
 * ends its sessions at once and its next request fails everywhere, and a user id is never used for
 * another account. The workers' and the VRS system accounts are configured, not administered: an
 * administrator can neither set their passwords, change or delete them, nor add anyone (themselves
 * included) to their groups or add them to other groups, through the engine REST API or the Admin
 * webapp.
 */
@CaseServerTest
@ExtendWith(OutputCaptureExtension.class)
class StaffAccountsTest {

  static final String PASSWORD = "a lighthouse keeper's log";
  static final String ADMIN_PASSWORD = CaseServerTest.DEMO_PASSWORD;
  static final String TRANSFER = "{\"reason\":\"異動 2026-04-01 (健康増進課へ)\"}";
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ADMIN = "admin";
  static final String VRS_USER = VrsSystemAccount.DEFAULT_USER;
  static final String NEW_PASSWORD = "{\"password\":\"an orchard of quiet plum trees\",\"authenticatedUserPassword\":\""
      + CaseServerTest.DEMO_PASSWORD + "\"}";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired SimulatorsProperties simulators;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void disablingEndsTheWebappSessionAtOnceAndEveryNextRequestFails(CapturedOutput output) throws Exception {
    String id = newStaff("352063");
    WebappClient tasklist = new WebappClient(port);
    assertThat(tasklist.login(id, PASSWORD, "tasklist").statusCode()).isEqualTo(200);
    assertThat(tasklist.get(WebappClient.ENGINE_API + "/task/count").statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task/count", id, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/ledger/imports", id, PASSWORD).statusCode()).isEqualTo(200);

    HttpResponse<String> disabled = disable(id, TRANSFER);
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(disabled.body());
    assertThat(answer.get("userId").asText()).isEqualTo(id);
    assertThat(answer.get("municipalityCode").asText()).isEqualTo("352063");
    assertThat(answer.get("disabledBy").asText()).isEqualTo("admin");
    assertThat(answer.get("sessionsEnded").asInt()).isEqualTo(1);

    assertThat(tasklist.get(WebappClient.ENGINE_API + "/task/count").statusCode()).isEqualTo(401);
    assertThat(tasklist.whoAmI().statusCode()).isEqualTo(404);
    assertThat(http.get("/engine-rest/task/count", id, PASSWORD).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/ledger/imports", id, PASSWORD).statusCode()).isEqualTo(401);
    assertThat(new WebappClient(port).login(id, PASSWORD, "tasklist").statusCode()).isEqualTo(401);

    assertThat(identityService.createGroupQuery().groupMember(id).count()).isZero();
    assertThat(identityService.createTenantQuery().userMember(id).count()).isZero();
    assertThat(identityService.createUserQuery().userId(id).count()).as("the account stays").isEqualTo(1);
    assertThat(jdbc.queryForMap("SELECT municipality_code, disabled_by, disabled_reason FROM staff_account"
        + " WHERE user_id = ?", id)).containsValues("352063", "admin", "異動 2026-04-01 (健康増進課へ)");
    assertThat(output.getOut())
        .contains("event=DISABLED user=" + id + " municipality=352063 channel=api client=127.0.0.1 by=admin sessionsEnded=1")
        .contains("event=REFUSED_DISABLED user=" + id);

    HttpResponse<String> again = disable(id, TRANSFER);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("disabledAt").asText()).isEqualTo(answer.get("disabledAt").asText());
  }

  @Test
  void aSessionOfAnAccountDisabledElsewhereEndsAtItsNextRequest(CapturedOutput output) {
    String id = newStaff("352063");
    WebappClient tasklist = new WebappClient(port);
    assertThat(tasklist.login(id, PASSWORD, "tasklist").statusCode()).isEqualTo(200);
    // as another server node sharing the database would have recorded it
    jdbc.update("UPDATE staff_account SET disabled_at = ?, disabled_by = 'admin', disabled_reason = 'test'"
        + " WHERE user_id = ?", Timestamp.from(Instant.now()), id);

    assertThat(tasklist.get(WebappClient.ENGINE_API + "/task/count").statusCode()).isEqualTo(401);
    assertThat(tasklist.whoAmI().statusCode()).isEqualTo(404);
    assertThat(output.getOut()).contains("event=SESSION_ENDED user=" + id + " municipality=352063 channel=webapp");
  }

  @Test
  void onlyAdministratorsDisableAccountsAndNotTheirOwn() {
    String id = newStaff("352063");
    HttpResponse<String> byClerk = http.postJson("/api/admin/users/" + id + "/disable", TRANSFER, "clerk",
        CaseServerTest.DEMO_PASSWORD);
    assertThat(byClerk.statusCode()).isEqualTo(403);
    assertThat(byClerk.body()).contains("urn:vaccination-office:problem:forbidden");
    assertThat(http.postJson("/api/admin/users/" + id + "/disable", TRANSFER, null, null).statusCode()).isEqualTo(401);

    HttpResponse<String> own = disable("admin", TRANSFER);
    assertThat(own.statusCode()).isEqualTo(409);
    assertThat(own.body()).contains("own-account");

    assertThat(disable(id, "{}").statusCode()).isEqualTo(400);
    assertThat(disable("nosuchperson", TRANSFER).statusCode()).isEqualTo(404);
    assertThat(identityService.createGroupQuery().groupMember(id).count()).isEqualTo(1);
  }

  @Test
  void theDisableRequestMustBeJsonSoThatNoCrossSiteFormCanSendIt() {
    String id = newStaff("352063");
    HttpResponse<String> form = send(request("/api/admin/users/" + id + "/disable")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("reason=x")));
    assertThat(form.statusCode()).isEqualTo(415);
    assertThat(identityService.createGroupQuery().groupMember(id).count()).isEqualTo(1);
  }

  @Test
  void aUserIdIsNeverGivenToAnotherAccount() {
    String disabledId = newStaff("352063");
    assertThat(disable(disabledId, TRANSFER).statusCode()).isEqualTo(200);
    HttpResponse<String> reuseDisabled = createThroughEngineRest(disabledId);
    assertThat(reuseDisabled.statusCode()).isEqualTo(400);
    assertThat(reuseDisabled.body()).contains("was used before");

    String deletedId = newStaff("352063");
    assertThat(send(request("/engine-rest/user/" + deletedId).DELETE()).statusCode()).isEqualTo(204);
    assertThat(identityService.createUserQuery().userId(deletedId).count()).isZero();
    HttpResponse<String> reuseDeleted = createThroughEngineRest(deletedId);
    assertThat(reuseDeleted.statusCode()).isEqualTo(400);
    assertThat(reuseDeleted.body()).contains("was used before");
    assertThat(identityService.createUserQuery().userId(deletedId).count()).isZero();

    WebappClient adminWebapp = new WebappClient(port);
    assertThat(adminWebapp.login("admin", ADMIN_PASSWORD, "admin").statusCode()).isEqualTo(200);
    HttpResponse<String> throughAdminWebapp = adminWebapp.postJson(WebappClient.ENGINE_API + "/user/create",
        userJson(deletedId));
    assertThat(throughAdminWebapp.statusCode()).isEqualTo(400);
    assertThat(throughAdminWebapp.body()).contains("was used before");

    User javaApi = identityService.newUser(deletedId);
    javaApi.setPassword(PASSWORD);
    assertThatThrownBy(() -> identityService.saveUser(javaApi)).isInstanceOf(BadUserRequestException.class);
    assertThat(jdbc.queryForObject("SELECT deleted_at FROM staff_account WHERE user_id = ?", Timestamp.class, deletedId))
        .isNotNull();
  }

  @Test
  void aMemberOfStaffBelongsToOneMunicipality() {
    String id = newStaff("352063");
    assertThatThrownBy(() -> identityService.createTenantUserMembership("352021", id))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("one municipality");
    HttpResponse<String> rest = http.putJson("/engine-rest/tenant/352021/user-members/" + id, "{}", "admin",
        ADMIN_PASSWORD);
    assertThat(rest.statusCode()).isEqualTo(400);
    assertThat(identityService.createTenantQuery().userMember(id).list()).extracting(t -> t.getId())
        .containsExactly("352063");
    assertThat(jdbc.queryForObject("SELECT municipality_code FROM staff_account WHERE user_id = ?", String.class, id))
        .isEqualTo("352063");
  }

  /** A request as the administrator, for what {@link Http} does not send. */
  private HttpRequest.Builder request(String path) {
    String credentials = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + credentials);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> disable(String userId, String json) {
    return http.postJson("/api/admin/users/" + userId + "/disable", json, "admin", ADMIN_PASSWORD);
  }

  private HttpResponse<String> createThroughEngineRest(String id) {
    return http.postJson("/engine-rest/user/create", userJson(id), "admin", ADMIN_PASSWORD);
  }

  private static String userJson(String id) {
    return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"New\",\"lastName\":\"Person\"},"
        + "\"credentials\":{\"password\":\"" + PASSWORD + "\"}}";
  }

  private String newStaff(String municipality) {
    String id = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    User user = identityService.newUser(id);
    user.setFirstName("Test");
    user.setLastName("Clerk");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, "clerks");
    identityService.createTenantUserMembership(municipality, id);
    return id;
  }

  record Change(String method, String path, String body) {}

  @Test
  void noChangeToASystemAccountOrItsGroupsGetsThroughTheEngineRestApi() throws Exception {
    List<Change> changes = List.of(
        new Change("PUT", "/user/" + VRS_USER + "/credentials", NEW_PASSWORD),
        new Change("PUT", "/user/" + VRS_USER + "/profile", "{\"id\":\"" + VRS_USER + "\",\"firstName\":\"X\",\"lastName\":\"Y\"}"),
        new Change("DELETE", "/user/" + VRS_USER, null),
        new Change("PUT", "/group/" + VrsSystemAccount.GROUP + "/members/" + ADMIN, null),
        new Change("PUT", "/group/camunda-admin/members/" + VRS_USER, null),
        new Change("PUT", "/group/" + VrsSystemAccount.GROUP + "/members/clerk", null),
        new Change("PUT", "/group/" + VrsSystemAccount.GROUP, "{\"id\":\"vrssystems\",\"name\":\"x\",\"type\":\"SYSTEM\"}"),
        new Change("DELETE", "/group/" + VrsSystemAccount.GROUP, null),
        new Change("PUT", "/tenant/352063/user-members/" + VRS_USER, null),
        new Change("DELETE", "/group/" + VrsSystemAccount.GROUP + "/members/" + VRS_USER, null),
        new Change("DELETE", "/engine/default/user/" + VRS_USER, null));
    List<String> membersBefore = systemGroupMembers();
    List<String> wrong = new ArrayList<>();
    for (Change change : changes) {
      HttpResponse<String> answer = call(change.method(), "/engine-rest" + change.path(), change.body(), ADMIN, ADMIN_PASSWORD);
      if (answer.statusCode() != 403 || !answer.body().contains("urn:vaccination-office:problem:system-account")) {
        wrong.add(change + ": " + answer.statusCode() + " " + answer.body());
      }
    }
    assertThat(wrong).isEmpty();

    // other tests of the shared server may have made system accounts of their own
    assertThat(systemGroupMembers()).contains(VRS_USER).isEqualTo(membersBefore);
    assertThat(identityService.checkPassword(VRS_USER, simulators.getVrs().getInbound().getPassword())).isTrue();
    assertThat(call("GET", "/engine-rest/user/" + VRS_USER + "/profile", null, ADMIN, ADMIN_PASSWORD).statusCode())
        .as("reading stays allowed").isEqualTo(200);
  }

  @Test
  void theAdminWebappCannotSetASystemAccountsPasswordOrJoinItsGroup() {
    WebappClient admin = new WebappClient(port);
    assertThat(admin.login(ADMIN, ADMIN_PASSWORD, "admin").statusCode()).isEqualTo(200);
    HttpResponse<String> password = admin.putJson(WebappClient.ENGINE_API + "/user/" + VRS_USER + "/credentials",
        NEW_PASSWORD);
    assertThat(password.statusCode()).isEqualTo(403);
    assertThat(password.body()).contains("system-account");
    HttpResponse<String> join = admin.putJson(WebappClient.ENGINE_API + "/group/" + VrsSystemAccount.GROUP
        + "/members/" + ADMIN, "{}");
    assertThat(join.statusCode()).isEqualTo(403);
    assertThat(identityService.createGroupQuery().groupMember(ADMIN).groupId(VrsSystemAccount.GROUP).count()).isZero();
  }

  @Test
  void theIdentityServiceRefusesTheSameToASignedInPersonByAnyOtherPath() {
    identityService.setAuthentication(ADMIN, List.of("operaton-admin"));
    try {
      assertThatThrownBy(() -> identityService.createMembership(ADMIN, VrsSystemAccount.GROUP))
          .isInstanceOf(AuthorizationException.class).hasMessageContaining("configured by the server");
      assertThatThrownBy(() -> identityService.deleteMembership(VRS_USER, VrsSystemAccount.GROUP))
          .isInstanceOf(AuthorizationException.class);
      User vrs = identityService.createUserQuery().userId(VRS_USER).singleResult();
      vrs.setPassword("a password an administrator chose");
      assertThatThrownBy(() -> identityService.saveUser(vrs)).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> identityService.deleteUser(VRS_USER)).isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void staffAccountsAreAdministeredAsBeforeAndSystemAccountsCannotBeDisabled() throws Exception {
    String id = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    HttpResponse<String> created = call("POST", "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id
        + "\",\"firstName\":\"A\",\"lastName\":\"B\"},\"credentials\":{\"password\":\"a meadow of tall summer grass\"}}",
        ADMIN, ADMIN_PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    assertThat(call("PUT", "/engine-rest/group/clerks/members/" + id, null, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(204);
    assertThat(call("PUT", "/engine-rest/user/" + id + "/credentials", NEW_PASSWORD, ADMIN, ADMIN_PASSWORD).statusCode())
        .isEqualTo(204);

    HttpResponse<String> disable = call("POST", "/api/admin/users/" + VRS_USER + "/disable",
        "{\"reason\":\"taking over VRS\"}", ADMIN, ADMIN_PASSWORD);
    assertThat(disable.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(disable.body()).get("type").asText()).endsWith("system-account");
  }

  private HttpResponse<String> call(String method, String path, String body, String user, String password)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private List<String> systemGroupMembers() {
    return identityService.createUserQuery().memberOfGroup(VrsSystemAccount.GROUP).orderByUserId().asc().list()
        .stream().map(User::getId).toList();
  }
}
