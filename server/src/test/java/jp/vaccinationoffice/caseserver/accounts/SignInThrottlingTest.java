package jp.vaccinationoffice.caseserver.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.WebappClient;
import org.junit.jupiter.api.AfterEach;
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

/**
 * Repeated failures slow and then lock an account, whichever way the person signs in (the engine
 * checks every password), and the sign-in log records it all without a password. Time is moved on
 * with the engine's clock rather than waited for.
 */
@CaseServerTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTest {

  static final String GOOD = "a kettle singing in the kitchen";
  static final String WRONG = "a kettle singing in the garden";
  static final String ENGINE_REST = "/engine-rest/task/count";
  static final String CASE_API = "/actuator/metrics";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  Http http;
  Duration clockOffset = Duration.ZERO;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aFailureDelaysEvenTheRightPasswordAndASuccessStartsAfresh() {
    String id = newStaff();
    assertThat(http.get(ENGINE_REST, id, WRONG).statusCode()).isEqualTo(401);
    assertThat(http.get(CASE_API, id, GOOD).statusCode()).isEqualTo(401);
    assertThat(new WebappClient(port).login(id, GOOD, "tasklist").statusCode()).isEqualTo(401);

    advance(Duration.ofSeconds(4));
    assertThat(http.get(CASE_API, id, GOOD).statusCode()).isEqualTo(200);
    assertThat(userEntity(id).getAttempts()).isZero();
  }

  @Test
  void tenFailuresInARowLockTheAccountUntilAnAdministratorUnlocksIt(CapturedOutput output) {
    String id = newStaff();
    for (int failure = 1; failure <= 10; failure++) {
      advance(Duration.ofSeconds(61));
      int status = switch (failure % 3) {
        case 0 -> http.get(ENGINE_REST, id, WRONG).statusCode();
        case 1 -> http.get(CASE_API, id, WRONG).statusCode();
        default -> new WebappClient(port).login(id, WRONG, "tasklist").statusCode();
      };
      assertThat(status).as("failure " + failure).isEqualTo(401);
    }
    assertThat(userEntity(id).getAttempts()).isEqualTo(10);

    advance(Duration.ofDays(30));
    assertThat(http.get(ENGINE_REST, id, GOOD).statusCode()).isEqualTo(401);
    assertThat(http.get(CASE_API, id, GOOD).statusCode()).isEqualTo(401);
    assertThat(new WebappClient(port).login(id, GOOD, "tasklist").statusCode()).isEqualTo(401);

    assertThat(http.postJson("/engine-rest/user/" + id + "/unlock", "", "admin", CaseServerTest.DEMO_PASSWORD)
        .statusCode()).isEqualTo(204);
    assertThat(http.get(ENGINE_REST, id, GOOD).statusCode()).isEqualTo(200);
    assertThat(http.get(CASE_API, id, GOOD).statusCode()).isEqualTo(200);
    assertThat(new WebappClient(port).login(id, GOOD, "tasklist").statusCode()).isEqualTo(200);

    assertThat(output.getOut())
        .contains("event=FAILED user=" + id + " municipality=352063 channel=api client=127.0.0.1 attempts=1")
        .contains("event=FAILED user=" + id + " municipality=352063 channel=webapp")
        .contains("event=FAILED user=" + id + " municipality=352063 channel=engine-rest")
        .contains("event=LOCKED user=" + id + " municipality=352063")
        .contains("event=REFUSED_LOCKED user=" + id)
        .contains("event=UNLOCKED user=" + id + " municipality=352063 channel=engine-rest client=127.0.0.1 by=admin")
        .contains("event=SIGNED_IN user=" + id + " municipality=352063 channel=webapp client=127.0.0.1")
        .doesNotContain(GOOD).doesNotContain(WRONG);
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

  private void advance(Duration duration) {
    clockOffset = clockOffset.plus(duration);
    ClockUtil.offset(clockOffset.toMillis());
  }

  private org.operaton.bpm.engine.impl.persistence.entity.UserEntity userEntity(String id) {
    return (org.operaton.bpm.engine.impl.persistence.entity.UserEntity)
        identityService.createUserQuery().userId(id).singleResult();
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
