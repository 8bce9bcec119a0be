package jp.vaccinationoffice.caseserver.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.FromAddress;
import jp.vaccinationoffice.caseserver.support.FromAddress.Answer;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.WebappClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Failed sign-ins pause and then lock an account, and a client address, on every way of signing in
 * (webapp, engine REST API, case API), over real HTTP from several client addresses (127.0.0.1, a
 * second loopback address, the machine's own non-loopback address). Locks lift by themselves, start
 * with an alert in the access log, and never keep the account's holder out of their usual network.
 * Time is moved on with the engine's clock rather than waited for.
 */
@CaseServerTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String GOOD = "a kettle singing in the kitchen";
  static final String WRONG = "a kettle singing in the garden";
  static final String ENGINE_REST = "/engine-rest/task/count";
  static final String CASE_API = "/api/ledger/imports";
  static final Duration PAST_THE_PAUSE = Duration.ofSeconds(61);

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  Http http;
  Duration clockOffset = Duration.ZERO;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  /** Other tests of this server sign in from these addresses too: they start with no failures counted. */
  @AfterEach
  void realTimeAndNoAddressFailures() {
    ClockUtil.reset();
    jdbc.update("DELETE FROM sign_in_throttle WHERE bucket LIKE 'address:%'");
  }

  @Test
  void aFailurePausesTheAccountOnEveryPathWith429AndRetryAfterAndASuccessStartsAfresh() throws Exception {
    String id = newStaff();
    assertThat(http.get(ENGINE_REST, id, WRONG).statusCode()).isEqualTo(401);

    HttpResponse<String> api = http.get(CASE_API, id, GOOD);
    assertThat(api.statusCode()).isEqualTo(429);
    assertThat(api.headers().firstValue("Retry-After")).hasValue("3");
    assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    JsonNode problem = JSON.readTree(api.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:vaccination-office:problem:sign-in-throttled");
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(http.get(ENGINE_REST, id, GOOD).statusCode()).isEqualTo(429);
    HttpResponse<String> webapp = new WebappClient(port).login(id, GOOD, "tasklist");
    assertThat(webapp.statusCode()).isEqualTo(429);
    assertThat(webapp.headers().firstValue("Retry-After")).isPresent();
    // the Operaton login page shows the answer's "message" under "Login Failed"
    assertThat(JSON.readTree(webapp.body()).get("message").asText()).contains("paused").contains("Try again");

    advance(Duration.ofSeconds(4));
    assertThat(http.get(CASE_API, id, GOOD).statusCode()).isEqualTo(200);
    assertThat(http.get(ENGINE_REST, id, WRONG).statusCode()).isEqualTo(401);
    assertThat(http.get(ENGINE_REST, id, GOOD).headers().firstValue("Retry-After")).hasValue("3");
  }

  @Test
  void theDelayDoublesWithEachFailureUpToTheCap() {
    String id = newStaff();
    List<String> retryAfter = new ArrayList<>();
    for (int failure = 1; failure <= 7; failure++) {
      assertThat(http.get(ENGINE_REST, id, WRONG).statusCode()).as("failure " + failure).isEqualTo(401);
      retryAfter.add(http.get(ENGINE_REST, id, GOOD).headers().firstValue("Retry-After").orElse("none"));
      advance(PAST_THE_PAUSE);
    }
    assertThat(retryAfter).containsExactly("3", "6", "12", "24", "48", "60", "60");
  }

  @Test
  void anAttackFromElsewhereLocksTheAccountForFifteenMinutesWithAnAlertButNotAgainstItsUsualNetwork(
      CapturedOutput output) throws Exception {
    FromAddress attacker = outsideLoopback();
    String id = newStaff();
    assertThat(http.get(CASE_API, id, GOOD).statusCode()).isEqualTo(200); // 127.0.0.1 becomes its usual network

    for (int failure = 1; failure <= 10; failure++) {
      assertThat(attacker.get(ENGINE_REST, id, WRONG).statusCode()).as("failure " + failure).isEqualTo(401);
      if (failure < 10) {
        advance(PAST_THE_PAUSE);
      }
    }
    Answer locked = attacker.get(CASE_API, id, GOOD);
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(locked.header("Retry-After").orElseThrow())).isBetween(890L, 900L);
    assertThat(JSON.readTree(locked.body()).get("detail").asText()).contains("locked");

    // the holder, from the usual network, waits out the pause only
    assertThat(http.get(CASE_API, id, GOOD).statusCode()).isEqualTo(429);
    advance(PAST_THE_PAUSE);
    assertThat(http.get(CASE_API, id, GOOD).statusCode()).isEqualTo(200);
    assertThat(new WebappClient(port).login(id, GOOD, "tasklist").statusCode()).isEqualTo(200);
    assertThat(attacker.get(ENGINE_REST, id, GOOD).statusCode()).isEqualTo(429);
    assertThat(attacker.webappLogin(id, GOOD).statusCode()).isEqualTo(429);

    JsonNode alerts = alerts(id);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).get("municipalityCode").asText()).isEqualTo("352063");
    assertThat(alerts.get(0).get("subjectType").asText()).isEqualTo("SIGN_IN");
    assertThat(alerts.get(0).get("clientAddress").asText()).isEqualTo(attacker.address());
    assertThat(alerts.get(0).get("justification").asText()).contains("account locked until").contains("10 failed");

    advance(Duration.ofMinutes(15));
    assertThat(attacker.get(ENGINE_REST, id, GOOD).statusCode()).isEqualTo(200);
    assertThat(output.getOut()).contains("event=LOCKED user=" + id + " municipality=352063 channel=engine-rest client="
        + attacker.address()).doesNotContain(GOOD).doesNotContain(WRONG);
  }

  @Test
  void anAdministratorLiftsALockAtOnce() {
    FromAddress elsewhere = FromAddress.loopback("127.0.0.2", port);
    String id = newStaff();
    for (int failure = 1; failure <= 10; failure++) {
      assertThat(elsewhere.get(ENGINE_REST, id, WRONG).statusCode()).isEqualTo(401);
      advance(PAST_THE_PAUSE);
    }
    assertThat(elsewhere.get(ENGINE_REST, id, GOOD).statusCode()).isEqualTo(429);

    assertThat(http.postJson("/engine-rest/user/" + id + "/unlock", "", "admin", CaseServerTest.DEMO_PASSWORD)
        .statusCode()).isEqualTo(204);
    assertThat(elsewhere.get(ENGINE_REST, id, GOOD).statusCode()).isEqualTo(200);
  }

  @Test
  void oneAddressTryingManyAccountsIsPausedThenLockedWithAnAlertWhileOtherAddressesSignIn() throws Exception {
    FromAddress guesser = FromAddress.loopback("127.0.0.2", port);
    String victim = newStaff();
    for (int failure = 1; failure <= 5; failure++) {
      assertThat(guesser.get(ENGINE_REST, "nobody-" + failure, WRONG).statusCode()).isEqualTo(401);
    }
    assertThat(guesser.get(ENGINE_REST, victim, GOOD).statusCode()).as("five failures pass unpaused").isEqualTo(200);
    assertThat(guesser.get(ENGINE_REST, "nobody-6", WRONG).statusCode()).isEqualTo(401);
    Answer paused = guesser.get(ENGINE_REST, newStaff(), GOOD);
    assertThat(paused.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(paused.body()).get("detail").asText()).contains("from this address");
    assertThat(http.get(ENGINE_REST, newStaff(), GOOD).statusCode()).as("another address").isEqualTo(200);
    assertThat(guesser.get(ENGINE_REST, victim, GOOD).statusCode()).as("its usual network").isEqualTo(200);

    for (int failure = 7; failure <= 30; failure++) {
      advance(PAST_THE_PAUSE);
      assertThat(guesser.get(ENGINE_REST, "nobody-" + failure, WRONG).statusCode()).isEqualTo(401);
    }
    advance(PAST_THE_PAUSE);
    Answer locked = guesser.get(ENGINE_REST, newStaff(), GOOD);
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(locked.body()).get("detail").asText()).contains("locked").contains("from this address");
    List<String> alerted = jdbc.queryForList("SELECT municipality_code FROM access_log WHERE action = 'ALERT'"
        + " AND subject_id = 'address:127.0.0.2' ORDER BY municipality_code", String.class);
    assertThat(alerted).containsAll(jdbc.queryForList("SELECT code FROM municipality ORDER BY code", String.class));
    assertThat(jdbc.queryForList("SELECT justification FROM access_log WHERE subject_id = 'address:127.0.0.2'",
        String.class)).allSatisfy(text -> assertThat(text).doesNotContain("nobody"));

    advance(Duration.ofMinutes(15));
    assertThat(guesser.get(ENGINE_REST, newStaff(), GOOD).statusCode()).isEqualTo(200);
  }

  @Test
  void theThrottleLivesInTheDatabaseAndNeverHoldsTheUserIdAsTyped() {
    String typed = "a password typed into the user field";
    assertThat(http.get(ENGINE_REST, typed, WRONG).statusCode()).isEqualTo(401);
    assertThat(jdbc.queryForList("SELECT bucket FROM sign_in_throttle", String.class))
        .isNotEmpty().noneSatisfy(bucket -> assertThat(bucket).contains("password"));
    assertThat(http.get(ENGINE_REST, typed, WRONG).statusCode()).isEqualTo(429);
  }

  @Test
  void signInAndSignOutOfTheWebappsAreLogged(CapturedOutput output) {
    String id = newStaff();
    WebappClient webapp = new WebappClient(port);
    assertThat(webapp.login(id, GOOD, "tasklist").statusCode()).isEqualTo(200);
    assertThat(webapp.whoAmI().statusCode()).isEqualTo(200);
    assertThat(webapp.logout().statusCode()).isEqualTo(200);
    assertThat(webapp.whoAmI().statusCode()).isEqualTo(404);

    assertThat(output.getOut())
        .contains("event=SIGNED_IN user=" + id + " municipality=352063 channel=webapp client=127.0.0.1")
        .contains("event=SIGNED_OUT user=" + id + " municipality=352063 channel=webapp client=127.0.0.1")
        .doesNotContain(GOOD);
  }

  @Test
  void unknownUsersAreLoggedWithoutTheirPasswordAndWithoutLineBreaks(CapturedOutput output) {
    assertThat(http.get(CASE_API, "no-such\nperson", GOOD).statusCode()).isEqualTo(401);
    assertThat(output.getOut()).contains("event=UNKNOWN_USER user=no-such_person municipality=- channel=api")
        .doesNotContain(GOOD);
  }

  private JsonNode alerts(String id) throws Exception {
    HttpResponse<String> page = http.get("/api/access-log?action=ALERT&userId=" + id, "auditor", CaseServerTest.DEMO_PASSWORD);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return JSON.readTree(page.body()).get("items");
  }

  private FromAddress outsideLoopback() {
    var address = FromAddress.outsideLoopback(port);
    Assumptions.assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address");
    return address.get();
  }

  private void advance(Duration duration) {
    clockOffset = clockOffset.plus(duration);
    ClockUtil.offset(clockOffset.toMillis());
  }

  private String newStaff() {
    String id = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    User user = identityService.newUser(id);
    user.setFirstName("Test");
    user.setLastName("Clerk");
    user.setPassword(GOOD);
    identityService.saveUser(user);
    identityService.createMembership(id, "clerks");
    identityService.createTenantUserMembership("352063", id);
    return id;
  }
}
