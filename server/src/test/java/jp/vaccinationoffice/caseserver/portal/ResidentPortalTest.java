package jp.vaccinationoffice.caseserver.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import jp.vaccinationoffice.caseserver.portal.session.ResidentSessionCookie;
import jp.vaccinationoffice.caseserver.portal.session.ResidentSessions;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The resident portal on the running server: its pages, its headers and its own sessions. */
@CaseServerTest
class ResidentPortalTest {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort
  int port;

  @Autowired
  ResidentSessions sessions;

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void theStartPageIsJapaneseAndForbidsFramingAndInlineScript() throws Exception {
    HttpResponse<String> page = get("/portal/", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("<html lang=\"ja\"").contains("マイナンバーカードでログイン");
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
  }

  @Test
  void aPageForSignedInResidentsSendsOthersToTheSignIn() throws Exception {
    HttpResponse<String> page = get("/portal/mypage", null);

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/portal/sign-in"));
  }

  @Test
  void aResidentsSessionReachesNoStaffInterface() throws Exception {
    String token = sessions.open(new ResidentPrincipal("resident-staff-probe", "352063"));
    String cookie = ResidentSessionCookie.NAME + "=" + token;

    for (String staffPath : List.of("/api/move-in-queries", "/api/access-log", "/engine-rest/task",
        "/operaton/api/engine/engine/default/task", "/operaton/api/engine/engine/default/user")) {
      HttpResponse<String> answer = get(staffPath, cookie);
      assertThat(answer.statusCode()).as(staffPath).isIn(401, 403);
    }
  }

  @Test
  void signingOutNeedsTheFormsTokenAndEndsTheSession() throws Exception {
    String token = sessions.open(new ResidentPrincipal("resident-sign-out", "352063"));
    String session = ResidentSessionCookie.NAME + "=" + token;

    HttpResponse<String> forged = post("/portal/sign-out", session, "");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("この操作はできません");
    assertThat(sessions.resume(token)).isPresent();

    HttpResponse<String> start = get("/portal/", session);
    assertThat(start.body()).contains("ログアウト");
    String csrfCookie = start.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("portal_csrf=")).findFirst().orElseThrow();
    assertThat(csrfCookie).contains("Secure").contains("HttpOnly").contains("SameSite=Strict");
    Matcher field = CSRF_FIELD.matcher(start.body());
    assertThat(field.find()).isTrue();

    HttpResponse<String> signOut = post("/portal/sign-out",
        session + "; " + csrfCookie.substring(0, csrfCookie.indexOf(';')), "_csrf=" + field.group(1));
    assertThat(signOut.statusCode()).isEqualTo(302);
    assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/portal/signed-out"));
    assertThat(signOut.headers().allValues("Set-Cookie"))
        .anySatisfy(cookie -> assertThat(cookie).startsWith(ResidentSessionCookie.NAME + "=;").contains("Max-Age=0"));
    assertThat(sessions.resume(token)).isEmpty();
    assertThat(get("/portal/mypage", session).statusCode()).isEqualTo(302);
  }

  @Test
  void theSessionCookieIsSecureHttpOnlyStrictAndForThePortalOnly() throws Exception {
    String token = sessions.open(new ResidentPrincipal("resident-cookie", "352063"));

    HttpResponse<String> page = get("/portal/", ResidentSessionCookie.NAME + "=" + token);

    String renewed = page.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith(ResidentSessionCookie.NAME + "=")).findFirst().orElseThrow();
    assertThat(renewed).contains("Path=/portal").contains("Secure").contains("HttpOnly").contains("SameSite=Strict")
        .contains("Max-Age=900");
  }

  @Test
  void anUnknownPortalPageIsAJapanesePageNotAProblem() throws Exception {
    String token = sessions.open(new ResidentPrincipal("resident-lost", "352063"));

    HttpResponse<String> page = get("/portal/no-such-page", ResidentSessionCookie.NAME + "=" + token);

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("見つかりませんでした").doesNotContain("\"status\"");
  }

  private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String cookie, String form) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
