package jp.vaccinationoffice.caseserver.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.WebappClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.identity.User;
import jp.vaccinationoffice.caseserver.provision.VrsSystemAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The password policy on every way a password is set (engine REST API, Admin webapp, Java API, the
 * case API), and the expiry period on every way of signing in (case API, engine REST API, webapp).
 */
@CaseServerTest
class StaffPasswordsTest {

  static final String ADMIN = "admin";
  static final String GOOD = "lantern over the quiet harbour";
  static final String BETTER = "seven paper cranes at dawn";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired PasswordExpiry expiry;
  @Autowired VrsSystemAccount vrsAccount;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void theEngineRestApiRefusesWeakPasswordsForNewUsersAndCreatesNothing() {
    for (String weak : new String[] {"short", "qwerty123456", "Password2024!", "123456789012"}) {
      String id = newId();
      HttpResponse<String> response = createUser(id, weak);
      assertThat(response.statusCode()).as(weak).isEqualTo(400);
      assertThat(response.body()).as(weak).contains("Password does not match policy")
          .contains("at least 12 characters").doesNotContain(weak);
      assertThat(identityService.createUserQuery().userId(id).count()).as(weak).isZero();
      assertThat(registered(id)).as(weak).isFalse();
    }
  }

  @Test
  void theEngineRestApiCreatesUsersWithGoodPasswordsAndRecordsWhen() {
    String id = newId();
    Instant before = Instant.now().minusSeconds(1);
    assertThat(createUser(id, GOOD).statusCode()).isEqualTo(204);
    assertThat(identityService.checkPassword(id, GOOD)).isTrue();
    assertThat(passwordChangedAt(id)).isAfter(before);
  }

  @Test
  void theEngineRestApiRefusesWeakNewCredentialsAndRecordsGoodOnes() {
    String id = newStaff();
    jdbc.update("UPDATE staff_account SET password_changed_at = ? WHERE user_id = ?",
        Timestamp.from(Instant.now().minus(Duration.ofDays(30))), id);
    Instant before = passwordChangedAt(id);

    HttpResponse<String> weak = http.putJson("/engine-rest/user/" + id + "/credentials",
        "{\"password\":\"sunshine2025!\",\"authenticatedUserPassword\":\"" + CaseServerTest.DEMO_PASSWORD + "\"}",
        ADMIN, CaseServerTest.DEMO_PASSWORD);
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(identityService.checkPassword(id, GOOD)).isTrue();
    assertThat(passwordChangedAt(id)).isEqualTo(before);

    HttpResponse<String> good = http.putJson("/engine-rest/user/" + id + "/credentials",
        "{\"password\":\"" + BETTER + "\",\"authenticatedUserPassword\":\"" + CaseServerTest.DEMO_PASSWORD + "\"}",
        ADMIN, CaseServerTest.DEMO_PASSWORD);
    assertThat(good.statusCode()).as(good.body()).isEqualTo(204);
    assertThat(identityService.checkPassword(id, BETTER)).isTrue();
    assertThat(passwordChangedAt(id)).isAfter(before);
  }

  @Test
  void theJavaApiRefusesWeakPasswords() {
    User user = identityService.newUser(newId());
    user.setPassword("letmein12345");
    assertThatThrownBy(() -> identityService.saveUser(user))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Password does not match policy");
  }

  @Test
  void theAdminWebappRefusesWeakPasswords() {
    WebappClient admin = new WebappClient(port);
    assertThat(admin.login(ADMIN, CaseServerTest.DEMO_PASSWORD, "admin").statusCode()).isEqualTo(200);
    String weakId = newId();
    HttpResponse<String> weak = admin.postJson(WebappClient.ENGINE_API + "/user/create", userJson(weakId, "iloveyou2024"));
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("Password does not match policy");
    assertThat(identityService.createUserQuery().userId(weakId).count()).isZero();

    String goodId = newId();
    assertThat(admin.postJson(WebappClient.ENGINE_API + "/user/create", userJson(goodId, GOOD)).statusCode())
        .isEqualTo(204);
    assertThat(registered(goodId)).isTrue();
  }

  @Test
  void theEngineRestApiShowsThePolicyTheAdminWebappDisplays() throws Exception {
    JsonNode policy = JSON.readTree(http.get("/engine-rest/identity/password-policy", ADMIN,
        CaseServerTest.DEMO_PASSWORD).body());
    assertThat(policy.findValuesAsText("placeholder"))
        .containsExactly("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_NOT_COMMON", "PASSWORD_POLICY_USER_DATA");
    assertThat(policy.at("/rules/0/parameter/minLength").asText()).isEqualTo("12");
  }

  @Test
  void theCaseApiChangesTheCallersOwnPasswordUnderThePolicy() throws Exception {
    String id = newStaff();
    HttpResponse<String> weak = changeOwnPassword(id, GOOD, "dragon-123456");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    JsonNode problem = JSON.readTree(weak.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:vaccination-office:problem:password-policy");
    assertThat(problem.get("violations").toString()).contains("not a common");
    assertThat(weak.body()).doesNotContain("dragon-123456");

    assertThat(changeOwnPassword(id, GOOD, GOOD).statusCode()).isEqualTo(400);
    assertThat(changeOwnPassword(id, GOOD, id + " likes tea").statusCode()).isEqualTo(400);
    assertThat(changeOwnPassword(id, "not the password", BETTER).statusCode()).isEqualTo(401);
    identityService.unlockUser(id); // the failure delays the next sign-in

    assertThat(changeOwnPassword(id, GOOD, BETTER).statusCode()).isEqualTo(204);
    assertThat(identityService.checkPassword(id, BETTER)).isTrue();
    assertThat(http.get("/api/ledger/imports", id, BETTER).statusCode()).isEqualTo(200);
  }

  @Test
  void anExpiredPasswordWorksOnlyToChangeItThenTheNewOneWorksEverywhere() throws Exception {
    String id = newStaff();
    expire(id);

    HttpResponse<String> api = http.get("/api/ledger/imports", id, GOOD);
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(api.body()).get("type").asText()).isEqualTo("urn:vaccination-office:problem:password-expired");
    assertThat(JSON.readTree(api.body()).get("detail").asText()).contains("180 days").contains("/api/account/password");

    HttpResponse<String> engineRest = http.get("/engine-rest/task/count", id, GOOD);
    assertThat(engineRest.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(engineRest.body()).get("type").asText())
        .isEqualTo("urn:vaccination-office:problem:password-expired");

    WebappClient webapp = new WebappClient(port);
    HttpResponse<String> login = webapp.login(id, GOOD, "tasklist");
    assertThat(login.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(login.body()).get("message").asText()).contains("expired").contains("有効期限");
    assertThat(webapp.whoAmI().statusCode()).isEqualTo(404);
    // a wrong password still just fails, saying nothing about expiry
    HttpResponse<String> wrong = new WebappClient(port).login(id, "not the password at all", "tasklist");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("expired");
    identityService.unlockUser(id);

    assertThat(changeOwnPassword(id, GOOD, BETTER).statusCode()).isEqualTo(204);

    assertThat(http.get("/api/ledger/imports", id, BETTER).statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task/count", id, BETTER).statusCode()).isEqualTo(200);
    assertThat(new WebappClient(port).login(id, BETTER, "tasklist").statusCode()).isEqualTo(200);
  }

  @Test
  void anExpiredPasswordCanBeChangedThroughTheEngineRestApiToo() {
    String id = newStaff();
    expire(id);
    assertThat(http.get("/engine-rest/identity/password-policy", id, GOOD).statusCode()).isEqualTo(200);
    HttpResponse<String> change = http.putJson("/engine-rest/user/" + id + "/credentials",
        "{\"password\":\"" + BETTER + "\",\"authenticatedUserPassword\":\"" + GOOD + "\"}", id, GOOD);
    assertThat(change.statusCode()).as(change.body()).isEqualTo(204);
    assertThat(http.get("/engine-rest/task/count", id, BETTER).statusCode()).isEqualTo(200);
  }

  @Test
  void systemAccountsDoNotExpire() {
    String id = newId();
    vrsAccount.provision(id, GOOD);
    setPasswordAge(id, Duration.ofDays(181));
    assertThat(expiry.isExpired(id)).isFalse();
    assertThat(expiry.isExpired("nobody-known")).isFalse();
  }

  private void expire(String userId) {
    setPasswordAge(userId, Duration.ofDays(181));
    assertThat(expiry.isExpired(userId)).isTrue();
  }

  private void setPasswordAge(String userId, Duration age) {
    assertThat(jdbc.update("UPDATE staff_account SET password_changed_at = ? WHERE user_id = ?",
        Timestamp.from(Instant.now().minus(age)), userId)).isEqualTo(1);
  }

  private HttpResponse<String> changeOwnPassword(String userId, String current, String next) {
    return http.putJson("/api/account/password", "{\"newPassword\":\"" + next + "\"}", userId, current);
  }

  /** A clerk of 防府市 with password {@link #GOOD}, created through the Java API. */
  private String newStaff() {
    String id = newId();
    User user = identityService.newUser(id);
    user.setFirstName("Test");
    user.setLastName("Clerk");
    user.setPassword(GOOD);
    identityService.saveUser(user);
    identityService.createMembership(id, "clerks");
    identityService.createTenantUserMembership("352063", id);
    return id;
  }

  private HttpResponse<String> createUser(String id, String password) {
    return http.postJson("/engine-rest/user/create", userJson(id, password), ADMIN, CaseServerTest.DEMO_PASSWORD);
  }

  private static String userJson(String id, String password) {
    return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Test\",\"lastName\":\"User\",\"email\":\"" + id
        + "@example.invalid\"},\"credentials\":{\"password\":\"" + password + "\"}}";
  }

  private boolean registered(String id) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM staff_account WHERE user_id = ?", Integer.class, id) == 1;
  }

  private Instant passwordChangedAt(String id) {
    return jdbc.queryForObject("SELECT password_changed_at FROM staff_account WHERE user_id = ?", Timestamp.class, id)
        .toInstant();
  }

  private static String newId() {
    return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
