package jp.vaccinationoffice.caseserver.staffscreens;

import static org.assertj.core.api.Assertions.assertThat;
import static jp.vaccinationoffice.caseserver.staffscreens.StaffScreensBrowser.errorOf;
import static jp.vaccinationoffice.caseserver.staffscreens.StaffScreensBrowser.type;
import static jp.vaccinationoffice.caseserver.staffscreens.StaffScreensBrowser.waitOn;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import jp.vaccinationoffice.caseserver.certificates.CertificateChannel;
import jp.vaccinationoffice.caseserver.certificates.CertificateIntake;
import jp.vaccinationoffice.caseserver.certificates.CertificateRequest;
import jp.vaccinationoffice.caseserver.certificates.CertificateUse;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest;
import jp.vaccinationoffice.caseserver.personalinfo.RequestIntake;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.caseserver.support.AxeCheck;
import jp.vaccinationoffice.caseserver.support.CasePanelText;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import jp.vaccinationoffice.caseserver.support.WebappClient;
import jp.vaccinationoffice.caseserver.tasklist.HeadlessChromium;
import jp.vaccinationoffice.caseserver.taskpanel.JapaneseDates;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The certificate and personal-information request intake screens in headless Chromium as a clerk
 * uses them, and the case panel of every task of the processes they start, in the Tasklist and as
 * the 案件 tab fetches it: what each task needs, the My Number masked, the address withheld under a
 * support measure, each read logged with its task. Screenshots land in
 * {@code target/screenshots/staff/}.
 */
@FixedPortServerTest
class IntakeScreensBrowserTest extends ServerOnFreePort {

  private static final String HOFU = "352063";
  private static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  private static final AtomicInteger PEOPLE = new AtomicInteger(700);
  private static final By CASE_TAB = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='案件']");
  private static final By CASE_PANEL = By.cssSelector(".case-panel .case-panel-section");
  private static final StaffPrincipal CLERK = new StaffPrincipal("clerk", HOFU, java.util.Set.of("clerks"));

  @RegisterExtension
  final HeadlessChromium chromium = new HeadlessChromium();

  @Autowired JdbcTemplate jdbc;
  @Autowired Ledger ledger;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired CertificateIntake certificates;
  @Autowired RequestIntake requests;

  private final StaffScreensBrowser screens = new StaffScreensBrowser(PORT);

  @Test
  void aClerkTakesInACertificateRequestByMailAndPrintsTheIssuedCertificate() throws Exception {
    String myNumber = personInLedger("山田", "花子");
    WebDriver browser = openedFromHome("接種証明書の交付申請（受付）", "myNumber", "staff/certificate-intake-empty");

    browser.findElement(By.id("channel-MAIL")).click();
    browser.findElement(By.id("use-OVERSEAS")).click();
    String wrongCheckDigit = myNumber.substring(0, 11) + (char) ('0' + (myNumber.charAt(11) - '0' + 1) % 10);
    type(browser, "myNumber", wrongCheckDigit);
    type(browser, "familyName", "山田");
    type(browser, "givenName", "花子");
    type(browser, "familyNameKana", "やまだ");
    type(browser, "givenNameKana", "ハナコ");
    type(browser, "passportNumber", "TK12");
    submit(browser);

    waitOn(browser).until(visibilityOfElementLocated(By.id("error-summary")));
    assertThat(browser.findElements(By.cssSelector("#error-summary li a"))).extracting(WebElement::getText)
        .contains("個人番号", "氏（カナ）", "生年月日", "性別", "住所", "旅券番号", "国籍", "氏（ローマ字）", "送付先の郵便番号",
            "送付先の住所");
    assertThat(errorOf(browser, "myNumber")).isEqualTo("個人番号の検査用数字が合いません。番号を確かめてください。");
    assertThat(errorOf(browser, "familyNameKana")).isEqualTo("全角カタカナで入力してください。");
    assertThat(errorOf(browser, "passportNumber")).isEqualTo("旅券番号は英数字6〜9文字で入力してください。");
    assertThat(errorOf(browser, "mailPostalCode")).isEqualTo("郵便番号を7桁で入力してください（例：747-8501）。");
    assertThat(browser.getPageSource()).doesNotContain(wrongCheckDigit);
    assertThat(browser.findElement(By.id("use-OVERSEAS")).isSelected()).isTrue();
    chromium.screenshot("staff/certificate-intake-refused");
    AxeCheck.assertNoSeriousViolation(browser, "staff/certificate-intake-refused");

    type(browser, "myNumber", myNumber.substring(0, 4) + " " + myNumber.substring(4, 8) + " " + myNumber.substring(8));
    replace(browser, "familyNameKana", "ヤマダ");
    browser.findElement(By.id("birthDate")).sendKeys("04011980");
    browser.findElement(By.id("sex-FEMALE")).click();
    type(browser, "address", "山口県防府市寿町7番1号");
    replace(browser, "passportNumber", "TK1234567");
    type(browser, "nationality", "JPN");
    type(browser, "familyNameRoman", "YAMADA");
    type(browser, "givenNameRoman", "HANAKO");
    type(browser, "mailPostalCode", "747-8501");
    type(browser, "mailAddress", "山口県防府市寿町7番1号");
    chromium.screenshot("staff/certificate-intake");

    List<?> twice = (List<?>) ((JavascriptExecutor) browser).executeAsyncScript(DOUBLE_SUBMIT);
    assertThat(twice).as("the form sent twice ends on the one request's page").hasSize(2);
    assertThat(twice.get(0)).asString().contains("/staff/certificate-requests/");
    assertThat(twice.get(1)).isEqualTo(twice.get(0));
    submit(browser);
    waitOn(browser).until(urlContains("/staff/certificate-requests/"));
    assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("すでに受け付けています");
    String requestId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate_request r JOIN case_file c ON c.id = r.case_id"
        + " WHERE c.family_name = '山田' AND c.given_name = '花子' AND r.passport_number_masked IS NOT NULL"
        + " AND c.id = ?", Integer.class, requestId)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE created_by = 'clerk' AND my_number_index ="
        + " (SELECT my_number_index FROM case_file WHERE id = ?)", Integer.class, requestId)).isEqualTo(1);
    assertThat(text(browser, "reception-number")).isEqualTo(requestId.substring(0, 8).toUpperCase());
    assertThat(text(browser, "status")).isEqualTo("受付済み");
    assertThat(browser.getPageSource()).contains("********" + myNumber.substring(8)).doesNotContain(myNumber);
    chromium.screenshot("staff/certificate-received");
    AxeCheck.assertNoSeriousViolation(browser, "staff/certificate-received");

    Task verify = awaitTask(requestId, "verify-applicant");
    String panel = openCasePanel(browser, verify);
    chromium.screenshot("staff/clerk-verify-applicant-case-panel");
    assertThat(panel).contains("山田　花子", "ヤマダ　ハナコ", "1980年4月1日（昭和55年）", "********" + myNumber.substring(8),
        "海外用", "郵送", "旅券番号", "JPN", "YAMADA HANAKO", "番号法第16条で認められる書類").doesNotContain(myNumber, "TK1234567");
    assertThat(readsJustifiedBy(verify.getId(), requestId)).isEqualTo(1);

    complete(verify, "clerk", "clerks", Map.of("numberDocument", "MY_NUMBER_CARD", "identityDocument", "MY_NUMBER_CARD",
        "passportCheck", "MATCHES"));
    Task mail = awaitTask(requestId, "mail-certificate");
    panel = openCasePanel(browser, mail);
    showSection(browser, "証明する接種");
    chromium.screenshot("staff/clerk-mail-certificate-case-panel");
    assertThat(panel).contains("証明する接種", "1回目", "2021年6月1日", "FA1234", "送付先", "747-8501", "交付")
        .doesNotContain(myNumber);

    browser.get(url("/staff/certificate-requests/" + requestId));
    assertThat(text(browser, "status")).isEqualTo("交付済み");
    WebElement pdf = browser.findElement(By.partialLinkText("証明書（PDF）"));
    Object head = ((JavascriptExecutor) browser).executeAsyncScript(FETCH_HEAD, pdf.getAttribute("href"));
    assertThat(head).isEqualTo("application/pdf %PDF");
    chromium.screenshot("staff/certificate-issued");
    AxeCheck.assertNoSeriousViolation(browser, "staff/certificate-issued");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE user_id = 'clerk' AND action = 'EXPORT'"
        + " AND subject_type = 'CERTIFICATE' AND justification = ?", Integer.class, "case:" + requestId)).isEqualTo(1);
  }

  @Test
  void aClerkTakesInADisclosureRequestAndTheSupervisorDecidesItWithThePanel() throws Exception {
    String myNumber = personInLedger("佐藤", "和子");
    WebDriver browser = openedFromHome("開示・訂正・利用停止請求（受付）", "subjectMyNumber", "staff/request-intake-empty");

    type(browser, "subjectMyNumber", myNumber.substring(0, 11) + "x");
    type(browser, "requesterPhone", "電話");
    submit(browser);
    waitOn(browser).until(visibilityOfElementLocated(By.id("error-summary")));
    assertThat(errorOf(browser, "requesterFamilyName")).isEqualTo("入力してください。");
    assertThat(errorOf(browser, "requesterPhone")).contains("電話番号を数字");
    assertThat(browser.findElement(By.id("subjectMyNumber-error")).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("#error-summary li a"))).extracting(WebElement::getText)
        .contains("請求者の氏", "請求者の生年月日", "本人の個人番号", "開示を求める記録", "開示の実施方法");
    chromium.screenshot("staff/request-intake-refused");
    AxeCheck.assertNoSeriousViolation(browser, "staff/request-intake-refused");

    type(browser, "subjectMyNumber", myNumber);
    type(browser, "requesterFamilyName", "佐藤");
    type(browser, "requesterGivenName", "和子");
    type(browser, "requesterFamilyNameKana", "サトウ");
    type(browser, "requesterGivenNameKana", "カズコ");
    browser.findElement(By.id("requesterBirthDate")).sendKeys("04011980");
    type(browser, "requesterAddress", "山口県防府市寿町7番1号");
    replace(browser, "requesterPhone", "0835-25-2111");
    browser.findElement(By.id("disclosureRecords-VACCINATION_RECORDS")).click();
    browser.findElement(By.id("disclosureRecords-CERTIFICATES")).click();
    browser.findElement(By.id("disclosureMethod-PAPER_COPY")).click();
    chromium.screenshot("staff/request-intake");
    submit(browser);

    waitOn(browser).until(urlContains("/staff/personal-information-requests/received"));
    String number = text(browser, "reception-number");
    String requestId = jdbc.queryForObject("SELECT id FROM pi_request WHERE UPPER(SUBSTRING(id, 1, 8)) = ?", String.class,
        number);
    LocalDate deadline = jdbc.queryForObject("SELECT deadline FROM pi_request WHERE id = ?", LocalDate.class, requestId);
    assertThat(text(browser, "deadline")).isEqualTo(JapaneseDates.day(deadline));
    assertThat(browser.getPageSource()).contains("開示請求", "********" + myNumber.substring(8)).doesNotContain(myNumber);
    chromium.screenshot("staff/request-received");
    AxeCheck.assertNoSeriousViolation(browser, "staff/request-received");

    Task check = awaitTask(requestId, "check-request");
    String panel = openCasePanel(browser, check);
    chromium.screenshot("staff/clerk-check-request-case-panel");
    assertThat(panel).contains("開示請求", "本人", "佐藤　和子", "0835-25-2111", "接種記録（予防接種台帳）", "写しの交付（紙）",
        "決定期限", JapaneseDates.day(deadline), "の翌日から30日", "形式審査で確かめること", "本人による請求のため不要")
        .doesNotContain(myNumber);

    complete(check, "clerk", "clerks", Map.of("completeness", "COMPLETE", "identityDocument", "MY_NUMBER_CARD",
        "representationProof", "NONE", "powerOfAttorney", "NONE"));
    Task draft = awaitTask(requestId, "draft-decision");
    assertThat(CasePanelText.of(client("clerk"), draft.getId())).contains("収集した保有個人情報", "第1回接種（出典：予防接種台帳）",
        "ロット番号：FA1234");
    complete(draft, "clerk", "clerks", Map.of("decision", "FULL", "withheldKind", "NONE", "withheldGround", "NONE"));

    Task decide = awaitTask(requestId, "decide-request");
    browser.manage().deleteAllCookies();
    browser = signedIn("supervisor");
    panel = openCasePanel(browser, decide);
    showSection(browser, "起案された決定");
    chromium.screenshot("staff/supervisor-decide-request-case-panel");
    assertThat(panel).contains("起案された決定", "全部開示", "起案した職員は決定できません", "収集した保有個人情報", "FA5678")
        .doesNotContain(myNumber);
    assertThat(readsJustifiedBy(decide.getId(), requestId)).isEqualTo(1);
    assertThat(CasePanelText.of(client("supervisor"), decide.getId())).contains("決定の内容 全部開示", "起案者 clerk",
        "開示を求める記録 接種記録（予防接種台帳）、接種証明書の交付記録");
  }

  @Test
  void theCasePanelOfEachNewTaskWithholdsTheAddressUnderASupportMeasureAndShowsTheDeadlineAtRisk() throws Exception {
    String myNumber = personInLedger("田中", "恵");
    String certificate = certificates.receive(new CertificateRequest(CertificateChannel.COUNTER, CertificateUse.DOMESTIC,
        myNumber, new CertificateRequest.Applicant("田中", "恵", "タナカ", "メグミ", LocalDate.of(1980, 4, 1), "FEMALE",
            "山口県防府市秘匿町1番1号"), null, null), null, CLERK, "127.0.0.1").answer().requestId();
    // what the registry answered in an earlier move-in case of the person
    jdbc.update("UPDATE case_file SET protection_flag = TRUE WHERE id = ?", certificate);
    WebappClient clerk = client("clerk");
    assertThat(CasePanelText.of(clerk, awaitTask(certificate, "verify-applicant").getId()))
        .contains("田中　恵", "国内用", "窓口", "支援措置の対象のため表示しません").doesNotContain("秘匿町", myNumber);

    PersonalInformationRequest.Requester agent = new PersonalInformationRequest.Requester("AGENT", "鈴木", "一郎", "スズキ",
        "イチロウ", LocalDate.of(1975, 1, 10), "山口県防府市代理町2番2号", "0835-25-2112");
    String correction = requests.receive(new PersonalInformationRequest("CORRECTION", "MAIL", LocalDate.now().minusDays(45),
        agent, new PersonalInformationRequest.Subject(null, "田中", "恵", LocalDate.of(1980, 4, 1), "FEMALE",
            "山口県防府市秘匿町1番1号"), null, new PersonalInformationRequest.Correction(List.of(
                new PersonalInformationRequest.CorrectionItem("LEDGER_DOSE", "2", "LOT_NUMBER", "FA5679")), "転記誤り"),
        null), null, CLERK, "127.0.0.1").answer().requestId();
    assertThat(CasePanelText.of(clerk, awaitTask(correction, "check-request").getId()))
        .contains("任意代理人", "鈴木　一郎", "山口県防府市代理町2番2号", "基本4情報", "支援措置の対象のため表示しません",
            "訂正を求める理由 転記誤り", "請求項目1 第2回 ロット番号 FA5679", "委任状", "期限を過ぎています")
        .doesNotContain("秘匿町");
    String warning = CasePanelText.of(client("supervisor"), awaitTask(correction, "note-approaching-deadline").getId());
    assertThat(warning).contains("訂正請求", "決定期限", "期限を過ぎています", "の翌日から30日", "補正で数えない日数 0日",
        "起案された決定", "まだ起案されていません").doesNotContain("秘匿町");
  }

  /** Posts the filled form twice, the second once the first is answered; answers where each ended. */
  private static final String DOUBLE_SUBMIT = """
      const done = arguments[arguments.length - 1];
      const form = document.querySelector('main form[method=post]');
      const post = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
          credentials: 'same-origin'}).then(r => r.url);
      post().then(first => post().then(second => done([first, second]))).catch(e => done(String(e)));""";

  /** The content type and first bytes of a download. */
  private static final String FETCH_HEAD = """
      const done = arguments[arguments.length - 1];
      fetch(arguments[0], {credentials: 'same-origin'}).then(async r => done(r.headers.get('Content-Type') + ' '
          + new TextDecoder().decode((await r.arrayBuffer()).slice(0, 4))), e => done(String(e)));""";

  private String personInLedger(String familyName, String givenName) {
    String eleven = String.format("%011d", 35_200_000_000L + PEOPLE.incrementAndGet() * 7919L);
    String myNumber = eleven + MyNumber.checkDigit(eleven);
    ledger.addDoses(HOFU, new Ledger.Person(null, myNumber, familyName + " " + givenName, "カナ", LocalDate.of(1980, 4, 1),
            "FEMALE"),
        List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ筋注", "FA1234", null),
            new Ledger.Dose(2, LocalDate.of(2021, 6, 22), "ファイザー", "コミナティ筋注", "FA5678", null)),
        "TEST");
    return myNumber;
  }

  private String openCasePanel(WebDriver browser, Task task) {
    browser.get(url("/operaton/app/tasklist/default/#/?task=" + task.getId()));
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(elementToBeClickable(CASE_TAB)).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage("the case panel")
        .until(visibilityOfElementLocated(CASE_PANEL));
    return browser.findElement(By.cssSelector(".case-panel")).getText();
  }

  /** Scrolls the case panel to the section a screenshot is about. */
  private static void showSection(WebDriver browser, String heading) {
    WebElement section = browser.findElement(By.xpath("//div[contains(@class,'case-panel')]//h4[normalize-space(.)='"
        + heading + "']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", section);
  }

  private void complete(Task task, String user, String group, Map<String, Object> fields) {
    identityService.setAuthentication(user, List.of(group), List.of(HOFU));
    try {
      taskService.complete(task.getId(), fields);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Task awaitTask(String businessKey, String taskKey) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult(), Objects::nonNull);
  }

  private int readsJustifiedBy(String taskId, String caseId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE action = 'READ' AND subject_type = 'CASE'"
        + " AND subject_id = ? AND justification = ?", Integer.class, caseId, "task:" + taskId);
  }

  private static WebappClient client(String user) {
    WebappClient client = new WebappClient(PORT);
    assertThat(client.login(user, PASSWORD, "tasklist").statusCode()).isEqualTo(200);
    return client;
  }

  /** The clerk's way to an intake screen: the link on the staff screens' start. */
  private WebDriver openedFromHome(String link, String firstField, String page) {
    WebDriver browser = signedIn("clerk");
    browser.get(url("/staff/"));
    browser.findElement(By.linkText(link)).click();
    waitOn(browser).until(visibilityOfElementLocated(By.id(firstField)));
    AxeCheck.assertNoSeriousViolation(browser, page);
    return browser;
  }

  private WebDriver signedIn(String user) {
    return screens.signedIn(chromium, user);
  }

  private static String text(WebDriver browser, String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static void submit(WebDriver browser) {
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
  }

  private static void replace(WebDriver browser, String field, String text) {
    browser.findElement(By.id(field)).clear();
    type(browser, field, text);
  }

  private String url(String path) {
    return screens.url(path);
  }
}
