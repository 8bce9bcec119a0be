package jp.vaccinationoffice.caseserver.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
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
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.support.AxeCheck;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.tasklist.HeadlessChromium;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The resident portal on the running server: its pages, its headers, its own sessions, and signing
 * in with a (simulated) My Number card in headless Chromium as a resident does.
 */
@CaseServerTest
// a revoked card is refused as soon as the revocation list says so, not after the production cache time
class ResidentPortalTest {

  private static final String HOFU = "352063";

  @RegisterExtension
  final HeadlessChromium chromium = new HeadlessChromium();

  @Autowired
  Ledger ledger;

  @Autowired
  JdbcTemplate jdbc;

  private static final ObjectMapper JSON = new ObjectMapper();
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

  @BeforeEach
  void noResidentKnownYet() {
    jdbc.update("DELETE FROM resident_account");
  }

  @Test
  void aResidentInTheLedgerSignsInWithTheDemoCardReaderAndLaterWithTheCardAlone() {
    String cardId = cardOfLedgerResident("35206399001", "防府 花子", "1234");
    int signInsBefore = signIns();

    WebDriver browser = chromium.driver();
    browser.get(url("/portal/"));
    chromium.screenshot("portal/start");
    AxeCheck.assertNoSeriousViolation(browser, "portal/start");
    browser.findElement(By.linkText("マイナンバーカードでログイン")).click();
    assertThat(browser.findElement(By.id("demo-reader-title")).getText()).isEqualTo("デモ用カードリーダー");
    chromium.screenshot("portal/sign-in");
    AxeCheck.assertNoSeriousViolation(browser, "portal/sign-in");

    signInWithDemoCard(browser, cardId, "1234");
    assertThat(browser.getCurrentUrl()).endsWith("/portal/mypage");
    assertThat(browser.findElement(By.cssSelector("p.lead")).getText()).contains("防府 花子");
    chromium.screenshot("portal/mypage");
    AxeCheck.assertNoSeriousViolation(browser, "portal/mypage");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM resident_account", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT name_sealed FROM resident_account", String.class))
        .noneMatch(sealed -> sealed.contains("花子"));

    browser.findElement(By.cssSelector("header form button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(urlContains("/portal/signed-out"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ログアウトしました");
    browser.get(url("/portal/mypage"));
    assertThat(browser.getCurrentUrl()).endsWith("/portal/sign-in");

    signInWithDemoCard(browser, cardId, "1234");
    assertThat(browser.getCurrentUrl()).endsWith("/portal/mypage");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM resident_account", Integer.class)).isEqualTo(1);
    assertThat(signIns() - signInsBefore).isEqualTo(2);
  }

  private int signIns() {
    return jdbc.queryForObject("SELECT count(*) FROM access_log WHERE justification = 'portal:sign-in'", Integer.class);
  }

  @Test
  void aWrongPinARevokedCardAndAStrangerToTheLedgerAreRefusedInJapanese() throws Exception {
    String cardId = cardOfLedgerResident("35206399002", "防府 次郎", "4321");
    WebDriver browser = chromium.driver();
    signInWithDemoCard(browser, cardId, "0000");
    assertThat(browser.findElement(By.id("sign-in-error")).getText()).contains("暗証番号が違います");
    chromium.screenshot("portal/sign-in-wrong-pin");
    AxeCheck.assertNoSeriousViolation(browser, "portal/sign-in-wrong-pin");

    simulator("/cards/" + cardId + "/revoke", "{}");
    signInWithDemoCard(browser, cardId, "4321");
    assertThat(browser.findElement(By.id("sign-in-error")).getText()).contains("失効しています");

    // this server's national-system addresses name port 0 (a random port is chosen after they are read),
    // so the registry cannot be asked about a stranger to the ledger: refused all the same, saying why
    // (MyPageTest asks a registry that answers)
    String stranger = card("35206399003", "防府 三郎", "5678");
    signInWithDemoCard(browser, stranger, "5678");
    assertThat(browser.findElement(By.id("sign-in-error")).getText()).contains("住民基本台帳に照会できない");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM resident_account", Integer.class)).isZero();
  }

  @Test
  void aCardReadersAnswerCountsOnceAndAReplayIsRefused() throws Exception {
    String cardId = cardOfLedgerResident("35206399004", "防府 四郎", "2468");
    HttpResponse<String> page = get("/portal/sign-in", null);
    String csrfCookie = page.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("portal_csrf=")).findFirst().orElseThrow();
    Matcher csrf = CSRF_FIELD.matcher(page.body());
    assertThat(csrf.find()).isTrue();
    String challengeId = attribute(page.body(), "data-challenge-id");
    String challenge = attribute(page.body(), "data-challenge");
    String readChallengeId = attribute(page.body(), "data-read-challenge-id");
    String readChallenge = attribute(page.body(), "data-read-challenge");
    JsonNode answer = JSON.readTree(simulator("/cards/" + cardId + "/authenticate",
        "{\"pin\":\"2468\",\"challenge\":\"" + challenge + "\"}").body());
    JsonNode reading = JSON.readTree(simulator("/cards/" + cardId + "/read",
        "{\"pin\":\"2468\",\"challenge\":\"" + readChallenge + "\"}").body());
    String form = "_csrf=" + enc(csrf.group(1)) + "&challengeId=" + challengeId
        + "&cardCertificate=" + enc(answer.get("cardCertificate").asText())
        + "&challengeSignature=" + enc(answer.get("challengeSignature").asText())
        + "&readChallengeId=" + readChallengeId + "&kenmen=" + enc(reading.get("kenmen").asText())
        + "&kenmenSignature=" + enc(reading.get("kenmenSignature").asText())
        + "&readChallengeSignature=" + enc(reading.get("challengeSignature").asText());
    String cookies = csrfCookie.substring(0, csrfCookie.indexOf(';'));

    HttpResponse<String> first = post("/portal/sign-in/card", cookies, form);
    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(first.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/portal/mypage"));
    assertThat(first.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith(ResidentSessionCookie.NAME + "="));

    HttpResponse<String> replay = post("/portal/sign-in/card", cookies, form);
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).contains("同じ操作が2回行われました");
    assertThat(replay.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(ResidentSessionCookie.NAME + "="));
  }

  private void signInWithDemoCard(WebDriver browser, String cardId, String pin) {
    browser.get(url("/portal/sign-in"));
    browser.findElement(By.id("cardId")).sendKeys(cardId);
    browser.findElement(By.id("pin")).sendKeys(pin);
    browser.findElement(By.cssSelector("#main section form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.or(
        urlContains("/portal/mypage"), urlContains("/portal/sign-in/demo-card")));
  }

  /** A resident of 防府市 in the ledger with one dose, and a card of theirs. */
  private String cardOfLedgerResident(String elevenDigits, String name, String pin) throws RuntimeException {
    String myNumber = elevenDigits + MyNumber.checkDigit(elevenDigits);
    ledger.addDoses(HOFU, new Ledger.Person(null, myNumber, name, "ホウフ", LocalDate.of(1970, 5, 5), "FEMALE"),
        List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ筋注", "FA1234", null)), "TEST");
    return card(elevenDigits, name, pin);
  }

  private String card(String elevenDigits, String name, String pin) {
    String myNumber = elevenDigits + MyNumber.checkDigit(elevenDigits);
    try {
      HttpResponse<String> issued = simulator("/cards", "{\"myNumber\":\"" + myNumber + "\",\"name\":\"" + name
          + "\",\"address\":\"山口県防府市寿町7番1号\",\"birthDate\":\"1970-05-05\",\"sex\":\"FEMALE\",\"pin\":\""
          + pin + "\"}");
      assertThat(issued.statusCode()).isEqualTo(201);
      return JSON.readTree(issued.body()).get("cardId").asText();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> simulator(String path, String json) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(url("/sim/jpki" + path)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String attribute(String html, String name) {
    Matcher value = Pattern.compile(name + "=\"([^\"]+)\"").matcher(html);
    assertThat(value.find()).as(name).isTrue();
    return value.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
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
