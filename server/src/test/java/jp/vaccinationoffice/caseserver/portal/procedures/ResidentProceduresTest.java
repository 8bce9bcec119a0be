package jp.vaccinationoffice.caseserver.portal.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.vaccinationoffice.caseserver.calendar.OfficeCalendar;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.support.AxeCheck;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.tasklist.HeadlessChromium;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import jp.vaccinationoffice.common.OfficeTime;

/**
 * A resident files the four procedures in the portal: in headless Chromium as a resident does (one
 * of them with the keyboard alone), and over plain HTTP as an outsider would try to file for
 * someone else or twice. Every page is checked with axe-core and photographed under
 * {@code target/screenshots/portal/}.
 */
@CaseServerTest
// the same settings as ResidentPortalTest, so that both run on one server
class ResidentProceduresTest {

  private static final String HOFU = "352063";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern KEY_FIELD = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy年M月d日（E）", Locale.JAPANESE);

  @RegisterExtension
  final HeadlessChromium chromium = new HeadlessChromium();

  @Autowired
  Ledger ledger;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  PersonalDataCipher cipher;

  @Autowired
  OfficeCalendar calendar;

  @LocalServerPort
  int port;

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void aResidentFilesEachProcedureAndSeesItsReceiptOneOfThemWithTheKeyboardAlone() {
    String cardId = cardOfLedgerResident("35206377101", "防府 桜", "ホウフ サクラ", "2580");
    WebDriver browser = chromium.driver();
    signInWithDemoCard(browser, cardId, "2580");

    browser.findElement(By.linkText("申請する")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("申請の選択");
    page(browser, "procedure-choose");

    browser.findElement(By.linkText("開示請求をする")).click();
    page(browser, "procedure-disclosure-form");
    submit(browser);
    assertThat(errorOf(browser, "address")).isEqualTo("連絡先の住所を入力してください。");
    assertThat(errorOf(browser, "phone")).isEqualTo("電話番号を入力してください。");
    assertThat(errorOf(browser, "records")).isEqualTo("開示を求める情報を1つ以上選んでください。");
    assertThat(errorOf(browser, "method")).isEqualTo("開示を受ける方法を選んでください。");
    browser.findElement(By.id("phone")).sendKeys("電話はありません");
    page(browser, "procedure-form-errors");
    type(browser, "address", "山口県防府市寿町7番1号");
    browser.findElement(By.id("phone")).clear();
    type(browser, "phone", "abc");
    submit(browser);
    assertThat(errorOf(browser, "phone")).contains("数字");
    assertThat(browser.findElement(By.id("address")).getAttribute("value")).isEqualTo("山口県防府市寿町7番1号");
    browser.findElement(By.id("phone")).clear();
    type(browser, "phone", "0835-25-2111");
    browser.findElement(By.cssSelector("label[for=records]")).click();
    browser.findElement(By.cssSelector("label[for=method-ELECTRONIC_COPY]")).click();
    submit(browser);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("開示請求（確認）");
    assertThat(browser.findElement(By.cssSelector("dl.summary")).getText()).contains("電子データ（PDF・CSV）で受け取る");
    page(browser, "procedure-disclosure-confirm");
    fileConfirmed(browser);
    assertRequestReceipt(browser, "開示請求を受け付けました", "procedure-disclosure-receipt");

    browser.get(url("/portal/procedures/correction"));
    page(browser, "procedure-correction-form");
    type(browser, "address", "山口県防府市寿町7番1号");
    type(browser, "phone", "0835252111");
    new Select(browser.findElement(By.id("doseNumber"))).selectByValue("2");
    new Select(browser.findElement(By.id("item"))).selectByValue("VACCINATION_DATE");
    type(browser, "requestedValue", "2021-07-06");
    type(browser, "reason", "接種済証では7月6日ですが、記録では7月5日になっています。");
    submit(browser);
    page(browser, "procedure-correction-confirm");
    fileConfirmed(browser);
    assertRequestReceipt(browser, "訂正請求を受け付けました", "procedure-correction-receipt");

    // the suspension request is filed with the keyboard alone: Tab, Space, arrow keys and Enter
    browser.get(url("/portal/procedures/suspension"));
    page(browser, "procedure-suspension-form");
    tabTo(browser, "address").sendKeys("山口県防府市寿町7番1号");
    tabTo(browser, "phone").sendKeys("0835-25-2111");
    tabTo(browser, "measure");
    press(browser, Keys.SPACE);
    tabTo(browser, "ground");
    press(browser, Keys.ARROW_DOWN);
    tabToButton(browser, "確認画面へ進む");
    press(browser, Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(urlContains("/confirm"));
    assertThat(browser.findElement(By.cssSelector("dl.summary")).getText())
        .contains("利用の停止", "違法または不当な行為");
    page(browser, "procedure-suspension-confirm");
    tabToButton(browser, "この内容で申請する");
    press(browser, Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(urlContains("/portal/procedures/receipts/"));
    assertThat(jdbc.queryForObject("SELECT suspension_measure FROM pi_request WHERE id = ?", String.class,
        browser.findElement(By.id("reception-number")).getText())).isEqualTo("STOP_USE");
    assertRequestReceipt(browser, "利用停止請求を受け付けました", "procedure-suspension-receipt");

    browser.get(url("/portal/procedures/certificate-domestic"));
    page(browser, "procedure-certificate-domestic-form");
    assertThat(browser.findElement(By.id("main")).getText()).contains("防府市で受けた接種の記録が記載されます");
    submit(browser);
    page(browser, "procedure-certificate-domestic-confirm");
    fileConfirmed(browser);
    assertCertificateReceipt(browser, "procedure-certificate-domestic-receipt");

    browser.get(url("/portal/procedures/certificate-overseas"));
    page(browser, "procedure-certificate-overseas-form");
    type(browser, "passportNumber", "TK1234567");
    type(browser, "nationality", "JPN");
    type(browser, "familyNameRoman", "HOFU");
    type(browser, "givenNameRoman", "SAKURA");
    submit(browser);
    assertThat(browser.findElement(By.cssSelector("dl.summary")).getText()).contains("TK1234567", "HOFU SAKURA");
    page(browser, "procedure-certificate-overseas-confirm");
    fileConfirmed(browser);
    assertCertificateReceipt(browser, "procedure-certificate-overseas-receipt");
    assertThat(jdbc.queryForObject("SELECT channel FROM certificate_request WHERE case_id = ?", String.class,
        browser.findElement(By.id("reception-number")).getText())).isEqualTo("PORTAL");

    assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log WHERE user_id = ? AND action = 'CREATE'",
        Integer.class, "resident:" + residentOf("35206377101"))).as("five procedures filed by the resident").isEqualTo(5);

    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(url("/portal/procedures/disclosure"));
    fullPageScreenshot(browser, "portal/procedure-disclosure-form-390px", 390);
    AxeCheck.assertNoSeriousViolation(browser, "portal/procedure-disclosure-form-390px");
    Number pageWidth = (Number) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth");
    assertThat(pageWidth.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
  }

  @Test
  void theSubjectIsAlwaysTheSignedInResidentAndASecondClickFilesNothingMore() throws Exception {
    cardOfLedgerResident("35206377103", "防府 椿", "ホウフ ツバキ", "2468");
    String other = cardOfLedgerResident("35206377104", "防府 柊", "ホウフ ヒイラギ", "8642");
    Session resident = signIn(cardOf("35206377103"), "2468");
    String residentId = residentOf("35206377103");
    int othersBefore = requestsOf("35206377104");
    int logBefore = logRowsOf(residentId);

    HttpResponse<String> formPage = resident.get("/portal/procedures/disclosure");
    assertThat(formPage.statusCode()).isEqualTo(200);
    assertThat(formPage.body()).doesNotContain(myNumberOf("35206377103"));
    String key = match(KEY_FIELD, formPage.body());
    String filled = "idempotencyKey=" + key + "&address=" + enc("山口県防府市寿町7番1号") + "&phone=0835-25-2111"
        + "&records=VACCINATION_RECORDS&method=VIEW"
        // what an outsider adds to file for someone else: the request's own field names, and the form's guesses
        + "&subject.myNumber=" + myNumberOf("35206377104") + "&myNumber=" + myNumberOf("35206377104")
        + "&requester.relationship=AGENT&relationship=AGENT&channel=COUNTER&municipalityCode=352021&records[300]=CASES";

    HttpResponse<String> withoutToken = resident.postWithoutToken("/portal/procedures/disclosure", filled);
    assertThat(withoutToken.statusCode()).isEqualTo(403);

    HttpResponse<String> confirm = resident.post("/portal/procedures/disclosure/confirm", filled);
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body()).contains("開示請求（確認）").doesNotContain(myNumberOf("35206377104"));
    HttpResponse<String> edit = resident.post("/portal/procedures/disclosure/edit", filled);
    assertThat(edit.body()).contains("value=\"山口県防府市寿町7番1号\"", "value=\"" + key + "\"");
    for (HttpResponse<String> page : List.of(formPage, confirm, edit)) {
      assertThat(page.body()).as("the pages work without script").doesNotContain("<script");
    }

    HttpResponse<String> first = resident.post("/portal/procedures/disclosure", filled);
    HttpResponse<String> second = resident.post("/portal/procedures/disclosure", filled);
    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(second.statusCode()).isEqualTo(302);
    String receipt = first.headers().firstValue("Location").orElseThrow();
    assertThat(second.headers().firstValue("Location")).hasValue(receipt);
    String requestId = receipt.substring(receipt.lastIndexOf('/') + 1);

    Map<String, Object> filed = jdbc.queryForMap("SELECT subject_index, relationship, channel, municipality_code"
        + " FROM pi_request WHERE id = ?", requestId);
    assertThat(filed.get("subject_index")).isEqualTo(cipher.index(HOFU, myNumberOf("35206377103")));
    assertThat(filed.get("relationship")).isEqualTo("SELF");
    assertThat(filed.get("channel")).isEqualTo("ONLINE");
    assertThat(filed.get("municipality_code")).isEqualTo(HOFU);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM pi_request WHERE subject_index = ?", Integer.class,
        cipher.index(HOFU, myNumberOf("35206377103")))).isEqualTo(1);
    assertThat(requestsOf("35206377104")).isEqualTo(othersBefore);
    assertThat(logRowsOf(residentId) - logBefore).as("form, confirmation, filing").isGreaterThanOrEqualTo(3);

    HttpResponse<String> ownReceipt = resident.get("/portal/procedures/receipts/" + requestId);
    assertThat(ownReceipt.statusCode()).isEqualTo(200);
    assertThat(ownReceipt.body()).contains(requestId);

    Session stranger = signIn(other, "8642");
    HttpResponse<String> othersReceipt = stranger.get("/portal/procedures/receipts/" + requestId);
    assertThat(othersReceipt.statusCode()).isEqualTo(404);
    assertThat(othersReceipt.body()).doesNotContain(requestId);
    assertThat(stranger.get("/portal/procedures/no-such-procedure").statusCode()).isEqualTo(404);
  }

  @Test
  void controlCharactersAreRefusedAtTheirFieldAndAFormSentAgainAfterSignOutFilesNothing() throws Exception {
    cardOfLedgerResident("35206377106", "防府 楓", "ホウフ カエデ", "3690");
    Session resident = signIn(cardOf("35206377106"), "3690");
    int before = requestsOf("35206377106");
    String key = match(KEY_FIELD, resident.get("/portal/procedures/disclosure").body());
    String rest = "&phone=0835-25-2111&records=VACCINATION_RECORDS&method=VIEW";

    for (String address : List.of("山口県防府市\u0000寿町7番1号", "山口県防府市\u001B[2J寿町", "山口県防府市\r\n寿町", "寿町\u202E1番")) {
      for (String path : List.of("/portal/procedures/disclosure/confirm", "/portal/procedures/disclosure")) {
        HttpResponse<String> refused = resident.post(path, "idempotencyKey=" + key + "&address=" + enc(address) + rest);
        assertThat(refused.statusCode()).as(path + " " + address.codePoints().boxed().toList()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"address-error\">住所は300文字以内で、改行や記号などの特殊な文字を含めずに");
      }
    }
    assertThat(requestsOf("35206377106")).as("nothing filed with a control character").isEqualTo(before);

    String filled = "idempotencyKey=" + key + "&address=" + enc("山口県防府市寿町7番1号") + rest;
    Session replay = resident.copy();
    HttpResponse<String> signedOut = resident.post("/portal/sign-out", "");
    assertThat(signedOut.statusCode()).isEqualTo(302);
    HttpResponse<String> afterSignOut = replay.post("/portal/procedures/disclosure", filled);
    assertThat(afterSignOut.statusCode()).as("the old session's cookie and form token").isIn(302, 403);
    afterSignOut.headers().firstValue("Location")
        .ifPresent(to -> assertThat(to).doesNotContain("/portal/procedures/receipts/"));
    assertThat(requestsOf("35206377106")).as("nothing filed after sign-out").isEqualTo(before);
  }

  @Test
  void aTypedValueOfTheWrongFormIsRefusedNextToItsFieldAndTheCorrectedFormIsFiledOnce() throws Exception {
    cardOfLedgerResident("35206377105", "防府 椛", "ホウフ モミジ", "1470");
    Session resident = signIn(cardOf("35206377105"), "1470");
    String key = match(KEY_FIELD, resident.get("/portal/procedures/certificate-overseas").body());

    HttpResponse<String> refused = resident.post("/portal/procedures/certificate-overseas", "idempotencyKey=" + key
        + "&passportNumber=" + enc("ＴＫ１２") + "&nationality=JAPAN&familyNameRoman=" + enc("防府")
        + "&givenNameRoman=" + enc("SAKURA\u202E"));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"passportNumber-error\"", "id=\"nationality-error\"",
        "id=\"familyNameRoman-error\"", "id=\"givenNameRoman-error\"");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM case_file WHERE my_number_index = ?", Integer.class,
        cipher.index(HOFU, myNumberOf("35206377105")))).isZero();

    String corrected = "idempotencyKey=" + key + "&passportNumber=tk1234567&nationality=jpn&familyNameRoman=Hofu"
        + "&givenNameRoman=Momiji";
    HttpResponse<String> first = resident.post("/portal/procedures/certificate-overseas", corrected);
    HttpResponse<String> second = resident.post("/portal/procedures/certificate-overseas", corrected);
    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM case_file WHERE my_number_index = ?", Integer.class,
        cipher.index(HOFU, myNumberOf("35206377105")))).isEqualTo(1);
  }

  private void assertRequestReceipt(WebDriver browser, String title, String screenshot) {
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    String requestId = browser.findElement(By.id("reception-number")).getText();
    LocalDate deadline = calendar.deadline(HOFU, LocalDate.now(OfficeTime.ZONE), 30, 0).date();
    assertThat(browser.findElement(By.id("deadline")).getText()).isEqualTo(DEADLINE.format(deadline));
    assertThat(jdbc.queryForObject("SELECT deadline FROM pi_request WHERE id = ?", LocalDate.class, requestId))
        .isEqualTo(deadline);
    page(browser, screenshot);
  }

  private void assertCertificateReceipt(WebDriver browser, String screenshot) {
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("接種証明書の交付申請");
    assertThat(browser.findElement(By.id("certificate-status")).getText()).startsWith("接種証明書を発行しました");
    assertThat(browser.findElement(By.id("certificate-id")).getText()).startsWith(HOFU + "-");
    page(browser, screenshot);
  }

  /** Clicks 申請する twice, as a hurried resident does: the second click must file nothing more. */
  private void fileConfirmed(WebDriver browser) {
    String kind = browser.getCurrentUrl();
    WebElement button = browser.findElement(By.xpath("//button[normalize-space()='この内容で申請する']"));
    int before = jdbc.queryForObject("SELECT (SELECT count(*) FROM pi_request) + (SELECT count(*) FROM case_file)",
        Integer.class);
    new Actions(browser).doubleClick(button).perform();
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(urlContains("/portal/procedures/receipts/"));
    assertThat(jdbc.queryForObject("SELECT (SELECT count(*) FROM pi_request) + (SELECT count(*) FROM case_file)",
        Integer.class)).as("filed once from " + kind).isEqualTo(before + 1);
  }

  private void page(WebDriver browser, String name) {
    fullPageScreenshot(browser, "portal/" + name, 1400);
    AxeCheck.assertNoSeriousViolation(browser, "portal/" + name);
  }

  /** The whole page, not only the window: the window is made as tall as the page for the picture. */
  private void fullPageScreenshot(WebDriver browser, String name, int width) {
    Number height = (Number) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(width, Math.max(844, height.intValue() + 140)));
    chromium.screenshot(name);
    browser.manage().window().setSize(new Dimension(width, 1000));
  }

  /**
   * Sends the form and waits for the page the server answers with (the forms validate on the server).
   * Asked about the old button while the new page replaces it, ChromeDriver may answer "node does not
   * belong to the document" instead of "stale": the wait asks again then.
   */
  private static void submit(WebDriver browser) {
    WebElement button = browser.findElement(By.cssSelector("#main form button[type=submit]"));
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
        .until(ExpectedConditions.stalenessOf(button));
  }

  private static void type(WebDriver browser, String id, String text) {
    browser.findElement(By.id(id)).sendKeys(text);
  }

  private static String errorOf(WebDriver browser, String field) {
    return browser.findElement(By.id(field + "-error")).getText();
  }

  /** Presses Tab until the element of this id has the focus. */
  private static WebElement tabTo(WebDriver browser, String id) {
    for (int i = 0; i < 60; i++) {
      WebElement focused = browser.switchTo().activeElement();
      if (id.equals(focused.getAttribute("id"))) {
        return focused;
      }
      press(browser, Keys.TAB);
    }
    throw new AssertionError("Tab never reached #" + id);
  }

  private static void tabToButton(WebDriver browser, String text) {
    for (int i = 0; i < 60; i++) {
      WebElement focused = browser.switchTo().activeElement();
      if ("button".equals(focused.getTagName()) && text.equals(focused.getText().strip())) {
        return;
      }
      press(browser, Keys.TAB);
    }
    throw new AssertionError("Tab never reached the button " + text);
  }

  private static void press(WebDriver browser, Keys key) {
    new Actions(browser).sendKeys(key).perform();
  }

  private void signInWithDemoCard(WebDriver browser, String cardId, String pin) {
    browser.get(url("/portal/sign-in"));
    browser.findElement(By.id("cardId")).sendKeys(cardId);
    browser.findElement(By.id("pin")).sendKeys(pin);
    browser.findElement(By.cssSelector("#main section form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(urlContains("/portal/mypage"));
  }

  /** The resident's browser over plain HTTP: its cookies, and the form token of the last page. */
  private final class Session {
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String token;

    /** What an onlooker could have copied of this session: its cookies and its form token. */
    Session copy() {
      Session copy = new Session();
      copy.cookies.putAll(cookies);
      copy.token = token;
      return copy;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url(path))).GET());
      Matcher field = CSRF_FIELD.matcher(page.body());
      if (field.find()) {
        token = field.group(1);
      }
      return page;
    }

    HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
      return postWithoutToken(path, form + "&_csrf=" + enc(token));
    }

    HttpResponse<String> postWithoutToken(String path, String form) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(URI.create(url(path)))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
      if (!cookies.isEmpty()) {
        request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
            .collect(Collectors.joining("; ")));
      }
      HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String cookie : answer.headers().allValues("Set-Cookie")) {
        String pair = cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
        String name = pair.substring(0, pair.indexOf('='));
        String value = pair.substring(pair.indexOf('=') + 1);
        if (value.isEmpty()) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return answer;
    }
  }

  private Session signIn(String cardId, String pin) throws IOException, InterruptedException {
    Session session = new Session();
    session.get("/portal/sign-in");
    HttpResponse<String> signedIn = session.post("/portal/sign-in/demo-card", "cardId=" + enc(cardId) + "&pin=" + pin);
    assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/portal/mypage"));
    return session;
  }

  private final Map<String, String> cards = new LinkedHashMap<>();

  /** A resident of 防府市 in the ledger with two doses, and a card of theirs. */
  private String cardOfLedgerResident(String elevenDigits, String name, String kana, String pin) {
    String myNumber = myNumberOf(elevenDigits);
    ledger.addDoses(HOFU, new Ledger.Person(null, myNumber, name, kana, LocalDate.of(1990, 3, 3), "FEMALE"),
        List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 14), "ファイザー", "コミナティ筋注", "FF2153", null),
            new Ledger.Dose(2, LocalDate.of(2021, 7, 5), "ファイザー", "コミナティ筋注", "FF4204", null)), "TEST");
    try {
      HttpResponse<String> issued = client.send(HttpRequest.newBuilder(URI.create(url("/sim/jpki/cards")))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
              Map.of("myNumber", myNumber, "name", name, "address", "山口県防府市寿町7番1号", "birthDate", "1990-03-03",
                  "sex", "FEMALE", "pin", pin)))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(issued.statusCode()).isEqualTo(201);
      String cardId = JSON.readTree(issued.body()).get("cardId").asText();
      cards.put(elevenDigits, cardId);
      return cardId;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private String cardOf(String elevenDigits) {
    return cards.get(elevenDigits);
  }

  private static String myNumberOf(String elevenDigits) {
    return elevenDigits + MyNumber.checkDigit(elevenDigits);
  }

  private String residentOf(String elevenDigits) {
    return jdbc.queryForObject("SELECT id FROM resident_account WHERE municipality_code = ? AND person_index = ?",
        String.class, HOFU, cipher.index(HOFU, myNumberOf(elevenDigits)));
  }

  private int requestsOf(String elevenDigits) {
    return jdbc.queryForObject("SELECT count(*) FROM pi_request WHERE subject_index = ?", Integer.class,
        cipher.index(HOFU, myNumberOf(elevenDigits)));
  }

  private int logRowsOf(String residentId) {
    return jdbc.queryForObject("SELECT count(*) FROM access_log WHERE user_id = ?", Integer.class,
        "resident:" + residentId);
  }

  private static String match(Pattern pattern, String html) {
    Matcher found = pattern.matcher(html);
    assertThat(found.find()).as(pattern.pattern()).isTrue();
    return found.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
