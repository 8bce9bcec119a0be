package jp.vaccinationoffice.caseserver.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.WebappClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps' CSRF protection and cookie flags, the closed first-administrator set-up, and
 * {@code Cache-Control: no-store} on the APIs that carry personal data.
 */
@CaseServerTest
class WebappHardeningTest {

  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  static final String SETUP = "/operaton/api/admin/setup/default/user/create";
  static final String INTRUDER = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"Ntruder\"},"
      + "\"credentials\":{\"password\":\"an intruder's long password\"}}";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aWebappRequestThatChangesSomethingNeedsTheCsrfToken() {
    WebappClient tasklist = new WebappClient(port);
    assertThat(tasklist.login("clerk", PASSWORD, "tasklist").statusCode()).isEqualTo(200);
    assertThat(tasklist.postJson(WebappClient.ENGINE_API + "/task/count", "{}").statusCode()).isEqualTo(200);

    HttpResponse<String> forged = tasklist.postJsonWithoutCsrfToken(WebappClient.ENGINE_API + "/task/count", "{}");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
    // the filter ends the session of a request without the token
    assertThat(tasklist.whoAmI().statusCode()).isEqualTo(404);
  }

  @Test
  void theSignInItselfNeedsTheCsrfToken() {
    WebappClient browser = new WebappClient(port).open();
    HttpResponse<String> forged = browser.postJsonWithoutCsrfToken("/operaton/api/admin/auth/user/default/login/tasklist", "{}");
    assertThat(forged.statusCode()).isEqualTo(403);
  }

  @Test
  void webappCookiesAreSameSiteStrictAndTheSessionCookieIsHttpOnly() {
    HttpResponse<String> page = http.get("/operaton/api/admin/auth/user/default");
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
        .contains("HttpOnly").containsIgnoringCase("SameSite=Strict").doesNotContain("Secure"));
    // read by the webapps' script and sent back as a header: not HttpOnly, by design
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=")
        .containsIgnoringCase("SameSite=Strict"));
  }

  @Test
  void theFirstAdministratorSetUpIsClosedOnceThereIsAnAdministrator() {
    WebappClient browser = new WebappClient(port).open();
    HttpResponse<String> setUp = browser.postJson(SETUP, INTRUDER);
    assertThat(setUp.statusCode()).isEqualTo(403);
    assertThat(setUp.body()).contains("urn:vaccination-office:problem:setup-closed");
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void theSetUpStaysClosedWhenTheAdministratorGroupBecomesEmpty() {
    identityService.deleteMembership("admin", Groups.OPERATON_ADMIN);
    try {
      assertThat(identityService.createUserQuery().memberOfGroup(Groups.OPERATON_ADMIN).count()).isZero();
      HttpResponse<String> setUp = new WebappClient(port).open().postJson(SETUP, INTRUDER);
      assertThat(setUp.statusCode()).isEqualTo(403);
      assertThat(setUp.body()).contains("setup-closed");
      assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      identityService.createMembership("admin", Groups.OPERATON_ADMIN);
    }
  }

  @Test
  void responsesOfTheApisThatCarryPersonalDataAreNotStored() {
    assertNoStore(http.get("/api/anything"));
    assertNoStore(http.get("/api/anything", "clerk", PASSWORD));
    assertNoStore(http.putJson("/api/account/password", "{\"newPassword\":\"x\"}", "clerk", PASSWORD));
    assertNoStore(http.get("/engine-rest/task?maxResults=1", "clerk", PASSWORD));
    assertNoStore(http.get("/engine-rest/task/count"));

    WebappClient tasklist = new WebappClient(port);
    assertThat(tasklist.login("clerk", PASSWORD, "tasklist").statusCode()).isEqualTo(200);
    HttpResponse<String> webappGet = tasklist.get(WebappClient.ENGINE_API + "/task/count");
    assertThat(webappGet.statusCode()).isEqualTo(200);
    assertNoStore(webappGet);
    assertNoStore(tasklist.postJson(WebappClient.ENGINE_API + "/task/count", "{}"));
  }

  private static void assertNoStore(HttpResponse<String> response) {
    assertThat(response.headers().allValues("Cache-Control")).as(response.uri().toString()).containsExactly("no-store");
  }
}
