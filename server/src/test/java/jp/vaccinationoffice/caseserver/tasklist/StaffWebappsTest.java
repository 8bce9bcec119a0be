package jp.vaccinationoffice.caseserver.tasklist;

import static jp.vaccinationoffice.caseserver.tasklist.MoveInFixtures.HOFU;
import static jp.vaccinationoffice.caseserver.tasklist.MoveInFixtures.PASSWORD;
import static jp.vaccinationoffice.caseserver.tasklist.MoveInFixtures.UBE;
import static jp.vaccinationoffice.caseserver.tasklist.MoveInFixtures.WITHOUT_RECORDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.support.AxeCheck;
import jp.vaccinationoffice.caseserver.support.CasePanelText;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import jp.vaccinationoffice.caseserver.support.WebappClient;
import jp.vaccinationoffice.caseserver.webapps.WebappLocales;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff's Operaton webapps as a clerk and a supervisor of 防府市 use them, in headless Chromium
 * with an English browser: everything in Japanese, a 案件 tab on each task with what the task
 * needs (read with the task as justification), task names with the reception number, due dates,
 * the saved queues of each role, and no actions the staff cannot use. Screenshots of each step are
 * left in {@code target/screenshots/staff/}.
 */
@FixedPortServerTest
class StaffWebappsTest extends ServerOnFreePort {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MY_NUMBER = "123456789018";
  private static final String MASKED = "********9018";
  private static final By CASE_TAB = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='案件']");
  private static final List<String> DEMO_NAMES = List.of("Hanako Clerk", "Taro Supervisor", "Saburo Admin");
  private static final By CASE_PANEL = By.cssSelector(".case-panel .case-panel-section");

  @RegisterExtension
  final HeadlessChromium chromium = new HeadlessChromium();

  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired Ledger ledger;

  Http http;
  MoveInFixtures cases;
  TasklistPage tasklist;

  @BeforeEach
  void residentAtTheCounter() {
    http = new Http(PORT);
    cases = new MoveInFixtures(http);
    cases.residentOfHofuVaccinatedInUbe();
    tasklist = new TasklistPage(chromium.driver(), PORT);
  }

  @Test
  void aClerkVerifiesIdentityWithTheResidentsNameAndMaskedMyNumberInTheCasePanel() throws Exception {
    String caseId = cases.intake(UBE, true);
    Task task = awaitTask(caseId, "verify-identity");
    assertThat(task.getName()).isEqualTo("本人確認書類を確認する（受付番号 " + ReceptionNumbers.of(caseId) + "）");
    assertThat(task.getDueDate()).as("due the same open day").isNotNull();

    tasklist.signIn("clerk", PASSWORD);
    WebDriver driver = chromium.driver();
    TaskForm form = tasklist.open(task.getId(), TasklistFormsTest.VERIFY_IDENTITY);
    chromium.screenshot("staff/clerk-verify-identity-form");
    assertThat(((JavascriptExecutor) driver).executeScript("return getComputedStyle("
        + "document.querySelector('.fjs-select-placeholder'), '::after').content"))
        .as("what an empty select field says").isEqualTo("\"選択してください\"");
    String panel = openCasePanel();
    chromium.screenshot("staff/clerk-verify-identity-case-panel");
    AxeCheck.assertNoSeriousViolation(driver, "staff/tasklist-verify-identity-case-panel");

    assertThat(panel).contains("受付番号 " + ReceptionNumbers.of(caseId), "山田　花子", "ヤマダ　ハナコ",
        "1980年4月1日（昭和55年）", MASKED, "番号法第16条で認められる書類", "運転免許証")
        .doesNotContain(MY_NUMBER);
    assertThat(readsJustifiedBy(task.getId(), "clerk", "CASE", caseId)).isEqualTo(1);
    assertThat(unjustifiedReadsOf("clerk")).as("the panel's read is justified by the task").isEmpty();
    assertThat(pageText()).contains("すべての業務タスク", "作成日時", "コメントを追加", "フォーム", "履歴", "本人確認書類を確認する（受付番号");
    assertThat(untranslatedEnglishShown("tasklist")).isEmpty();
    assertThat(visible(By.cssSelector("li.start-process-action, li.create-task-action, a.instance-link")))
        .as("Start process, Create task and the link into Cockpit, for a clerk").isEmpty();

    driver.findElement(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='フォーム']")).click();
    form.select("numberDocument", "MY_NUMBER_CARD");
    form.select("identityDocument", "MY_NUMBER_CARD");
    tasklist.complete(task.getId());
    chromium.screenshot("staff/clerk-verify-identity-completed");
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
        "SELECT status FROM case_file WHERE id = ?", String.class, caseId), "TICKET_ISSUED"::equals);
  }

  @Test
  void aSupervisorSeesThePersonAndTheRecordsThatWouldLeaveBeforeApprovingTheProvision() throws Exception {
    ledger.addDoses(HOFU, new Ledger.Person("0012345678", MY_NUMBER, "山田 花子", "ヤマダ ハナコ",
            LocalDate.of(1980, 4, 1), "FEMALE"),
        List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ筋注", "FA1234", "3520600001"),
            new Ledger.Dose(2, LocalDate.of(2021, 6, 22), "ファイザー", "コミナティ筋注", "FA5678", "3520600001")),
        "TEST");
    HttpResponse<String> protectedResident = http.postJson("/sim/registry/municipalities/" + HOFU + "/residents", """
        {"myNumber":"%s","addresseeNumber":"0012345678","familyName":"山田","givenName":"花子",
         "familyNameKana":"ヤマダ","givenNameKana":"ハナコ","birthDate":"1980-04-01","sex":"FEMALE",
         "address":"山口県防府市寿町7-1","supportMeasure":true}""".formatted(MY_NUMBER), null, null);
    assertThat(protectedResident.statusCode()).isLessThan(300);
    HttpResponse<String> inquiry = http.postJsonIdempotent("/sim/vrs/inquiries",
        "{\"fromMunicipalityCode\":\"" + UBE + "\",\"toMunicipalityCode\":\"" + HOFU + "\",\"myNumber\":\"" + MY_NUMBER + "\"}",
        UUID.randomUUID().toString());
    assertThat(inquiry.statusCode()).as(inquiry.body()).isEqualTo(202);
    String inquiryId = JSON.readTree(inquiry.body()).get("inquiryId").asText();
    Task task = awaitTask(inquiryId, "approve-provision");
    assertThat(task.getName()).startsWith("接種記録の提供を承認する（受付番号 ").doesNotContain("山田");
    assertThat(task.getDueDate()).as("due before VRS's answer deadline").isNotNull();

    tasklist.signIn("supervisor", PASSWORD);
    TaskForm form = tasklist.open(task.getId(), FormFile.read("approve-provision"));
    String panel = openCasePanel();
    chromium.screenshot("staff/supervisor-approve-provision-case-panel");

    assertThat(panel).contains("宇部市（352021）", "山田 花子", MASKED, "支援措置の対象のため表示しません",
            "住民基本台帳の支援措置", "提供される接種記録", "FA1234", "FA5678", "2021年6月22日")
        .doesNotContain("寿町", MY_NUMBER);
    assertThat(readsJustifiedBy(task.getId(), "supervisor", "CASE", inquiryId)).isEqualTo(1);
    assertThat(unjustifiedReadsOf("supervisor")).as("the panel's read is justified by the task").isEmpty();
    assertThat(untranslatedEnglishShown("tasklist")).isEmpty();

    chromium.driver().findElement(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='フォーム']")).click();
    form.choose("decision", "APPROVE");
    chromium.screenshot("staff/supervisor-approve-provision-decided");
    tasklist.complete(task.getId());
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
        "SELECT approver FROM provision_inquiry WHERE id = ?", String.class, inquiryId), "supervisor"::equals);
  }

  @Test
  void eachRoleHasItsSavedQueuesAndTheCasePanelAnswersOnlyThoseWhoMayWorkTheTask() throws Exception {
    String caseId = cases.intake(UBE, true);
    Task task = awaitTask(caseId, "verify-identity");
    try {
      assertThat(filterNames("clerk")).contains("自分の担当", "グループの未割当", "期限が近い", "期限超過")
          .doesNotContain("承認待ち");
      assertThat(filterNames("supervisor"))
          .contains("自分の担当", "グループの未割当", "期限が近い", "期限超過", "承認待ち");
      WebappClient clerk = signedIn("clerk");
      String unassigned = filterId(clerk, "グループの未割当");
      JsonNode queued = JSON.readTree(clerk.get(WebappClient.ENGINE_API + "/filter/" + unassigned
          + "/list?firstResult=0&maxResults=50").body());
      assertThat(queued.findValuesAsText("id")).contains(task.getId());

      assertThat(new WebappClient(PORT).open().get(panelPath(task)).statusCode()).as("not signed in").isEqualTo(401);
      assertThat(signedIn("clerk2").get(panelPath(task)).statusCode()).as("宇部市's clerk").isEqualTo(404);
      assertThat(signedIn("supervisor").get(panelPath(task)).statusCode()).as("not of the task's group").isEqualTo(403);
      HttpResponse<String> panel = clerk.get(panelPath(task));
      assertThat(panel.statusCode()).isEqualTo(200);
      assertThat(panel.headers().firstValue("Cache-Control"))
          .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
      assertThat(panel.body()).contains(MASKED).doesNotContain(MY_NUMBER);

      tasklist.signIn("clerk", PASSWORD);
      WebDriver driver = chromium.driver();
      WebElement unassignedQueue = new WebDriverWait(driver, TasklistPage.PATIENCE).until(elementToBeClickable(
          // the name, followed by its count once Tasklist has counted the queue
          By.xpath("//*[contains(@class,'filters')]//*[starts-with(normalize-space(.),'グループの未割当')]")));
      unassignedQueue.click();
      new WebDriverWait(driver, TasklistPage.PATIENCE).withMessage("the task in the queue グループの未割当")
          .until(visibilityOfElementLocated(By.cssSelector("ol.tasks-list a[href='#/?task=" + task.getId() + "']")));
      // the pointer rests on the queue: its description fades in as a tooltip, checked once fully shown
      // (half-way through the fade its text has too little contrast)
      new Actions(driver).moveToElement(unassignedQueue).perform();
      new WebDriverWait(driver, TasklistPage.PATIENCE).withMessage("the queue's description as a tooltip")
          .until(browser -> (Boolean) ((JavascriptExecutor) browser).executeScript(
              "const tip = document.querySelector('.tooltip');"
                  + "return tip !== null && parseFloat(getComputedStyle(tip).opacity) >= 0.9;"));
      chromium.screenshot("staff/clerk-queues");
      AxeCheck.assertNoSeriousViolation(driver, "staff/tasklist-queue-unassigned");
      assertThat(untranslatedEnglishShown("tasklist")).isEmpty();

      new WebDriverWait(driver, TasklistPage.PATIENCE).until(elementToBeClickable(By.id("staff-language-switch"))).click();
      // English stays selectable, and the scan that found no English above finds it now
      new WebDriverWait(driver, TasklistPage.PATIENCE).withMessage("the Tasklist in English")
          .until(d -> !untranslatedEnglishShown("tasklist").isEmpty());
      chromium.screenshot("staff/clerk-tasklist-in-english");
      assertThat(driver.findElement(By.id("staff-language-switch")).getText()).isEqualTo("日本語");
    } finally {
      // the resident's case is closed, so that the next test may take in a new one
      taskService.complete(task.getId(), java.util.Map.of("numberDocument", "MY_NUMBER_CARD",
          "identityDocument", "MY_NUMBER_CARD"));
      await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
          "SELECT status FROM case_file WHERE id = ?", String.class, caseId), "TICKET_ISSUED"::equals);
    }
  }

  @Test
  void theCasePanelShowsWhatEachMoveInTaskNeeds() throws Exception {
    WebappClient clerk = signedIn("clerk");
    String unfound = cases.intake(WITHOUT_RECORDS, false);
    Task consent = awaitTask(unfound, "confirm-consent");
    assertThat(consent.getFollowUpDate()).as("waits for the resident's signed form").isNotNull();
    assertThat(panelText(clerk, consent)).contains("本人同意", "転出元市区町村への接種記録の照会", "窓口",
        "同意書の到着待ち", "山田　花子");
    taskService.complete(consent.getId(), java.util.Map.of("consentAnswer", "CONFIRMED"));
    taskService.complete(awaitTask(unfound, "verify-identity").getId(), java.util.Map.of(
        "numberDocument", "MY_NUMBER_CARD", "identityDocument", "MY_NUMBER_CARD"));
    Task resolve = awaitTask(unfound, "resolve-not-found");
    assertThat(panelText(clerk, resolve)).contains("照会した内容と結果", WITHOUT_RECORDS, "照会先に接種記録がありませんでした",
        "接種記録なし");
    taskService.complete(resolve.getId(), java.util.Map.of("action", "CLOSE"));
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
        "SELECT status FROM case_file WHERE id = ?", String.class, unfound), "CLOSED_NO_RECORDS"::equals);

    cases.registeredUnderAnotherFamilyName();
    String mismatch = cases.intake(UBE, true);
    taskService.complete(awaitTask(mismatch, "verify-identity").getId(), java.util.Map.of(
        "numberDocument", "MY_NUMBER_CARD", "identityDocument", "MY_NUMBER_CARD"));
    Task correct = awaitTask(mismatch, "correct-resident-details");
    assertThat(panelText(clerk, correct)).contains("住民基本台帳への照会", "一致しなかった項目: 氏")
        .doesNotContain("田中");
    taskService.complete(correct.getId(), java.util.Map.of("detailsAction", "CLOSE"));
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
        "SELECT status FROM case_file WHERE id = ?", String.class, mismatch), "REGISTRY_MISMATCH"::equals);
  }

  @Test
  void aClerkFindsACertificateTaskNamedInJapaneseWithItsReceptionNumber() throws Exception {
    HttpResponse<String> posted = http.postJson("/api/certificate-requests", """
        {"channel":"COUNTER","use":"DOMESTIC","myNumber":"%s",
         "applicant":{"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
                      "birthDate":"1980-04-01","sex":"FEMALE","address":"山口県防府市寿町7-1"}}""".formatted(MY_NUMBER),
        "clerk", PASSWORD);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    String requestId = JSON.readTree(posted.body()).get("requestId").asText();
    Task task = awaitTask(requestId, "verify-applicant");
    String name = "申請者の本人確認書類を確認する（受付番号 " + ReceptionNumbers.of(requestId) + "）";
    try {
      assertThat(task.getName()).isEqualTo(name);

      tasklist.signIn("clerk", PASSWORD);
      tasklist.open(task.getId(), FormFile.read("verify-applicant"));
      chromium.screenshot("staff/clerk-verify-applicant-form");
      assertThat(pageText()).contains(name, "番号確認書類", "身元確認書類", "旅券の照合")
          .doesNotContain("Verify applicant", "山田");
      assertThat(untranslatedEnglishShown("tasklist")).isEmpty();
    } finally {
      // no documents seen: the request ends unverified, so that no task of it is left in the queues
      taskService.complete(task.getId(), java.util.Map.of("numberDocument", "NONE", "identityDocument", "NONE",
          "passportCheck", "NOT_APPLICABLE"));
      await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
          "SELECT status FROM case_file WHERE id = ?", String.class, requestId), "APPLICANT_NOT_VERIFIED"::equals);
    }
  }

  @Test
  void anAdministratorFindsWelcomeCockpitAndAdminInJapanese() {
    WebDriver driver = chromium.driver();
    tasklist.signIn("admin", PASSWORD);
    for (String app : List.of("welcome", "cockpit", "admin")) {
      driver.get("http://localhost:" + PORT + "/operaton/app/" + app + "/");
      // Cockpit and Admin load large bundles: on a busy machine they take longer than a task list
      new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage(app + " to show its page")
          .until(d -> d.findElements(By.cssSelector(".app-splash")).isEmpty()
              && !d.findElements(By.cssSelector("li.account")).isEmpty()
              && d.findElement(By.tagName("body")).getText().length() > 100);
      chromium.screenshot("staff/admin-" + app);
      assertThat(untranslatedEnglishShown(app)).as("English of %s shown", app).isEmpty();
    }
    assertThat(pageText()).contains("ユーザー", "グループ", "権限");
  }

  private String openCasePanel() {
    WebDriver driver = chromium.driver();
    new WebDriverWait(driver, TasklistPage.PATIENCE).until(elementToBeClickable(CASE_TAB)).click();
    new WebDriverWait(driver, TasklistPage.PATIENCE).withMessage("the case panel").until(visibilityOfElementLocated(CASE_PANEL));
    return driver.findElement(By.cssSelector(".case-panel")).getText();
  }

  /** The English UI strings of the app's shipped locale file that the page shows as whole words. */
  private List<String> untranslatedEnglishShown(String app) {
    String text = pageText();
    // the demo accounts' names (Saburo Admin, …) are the people's names, not words of the webapps
    for (String person : DEMO_NAMES) {
      text = text.replace(person, "");
    }
    return WebappLocales.untranslatedShownIn(text, List.of(app));
  }

  private String pageText() {
    return chromium.driver().findElement(By.tagName("body")).getText();
  }

  private List<WebElement> visible(By what) {
    return chromium.driver().findElements(what).stream().filter(WebElement::isDisplayed).toList();
  }

  private int readsJustifiedBy(String taskId, String user, String subjectType, String subjectId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE user_id = ? AND action = 'READ' "
        + "AND subject_type = ? AND subject_id = ? AND justification = ?", Integer.class,
        user, subjectType, subjectId, "task:" + taskId);
  }

  /** The unjustified-reads report of 防府市, as an auditor reads it, for one reader. */
  private List<String> unjustifiedReadsOf(String user) throws Exception {
    HttpResponse<String> report = http.get("/api/access-log/unjustified-reads?userId=" + user, "auditor", PASSWORD);
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    return JSON.readTree(report.body()).get("items").findValuesAsText("justification");
  }

  private Task awaitTask(String businessKey, String taskKey) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult(), Objects::nonNull);
  }

  private WebappClient signedIn(String user) {
    WebappClient client = new WebappClient(PORT);
    assertThat(client.login(user, PASSWORD, "tasklist").statusCode()).isEqualTo(200);
    return client;
  }

  private List<String> filterNames(String user) throws Exception {
    HttpResponse<String> filters = signedIn(user).get(WebappClient.ENGINE_API + "/filter?firstResult=0&maxResults=50");
    assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    JSON.readTree(filters.body()).forEach(filter -> names.add(filter.get("name").asText()));
    return names;
  }

  private String filterId(WebappClient client, String name) throws Exception {
    for (JsonNode filter : JSON.readTree(client.get(WebappClient.ENGINE_API + "/filter?firstResult=0&maxResults=50").body())) {
      if (name.equals(filter.get("name").asText())) {
        return filter.get("id").asText();
      }
    }
    throw new AssertionError("no filter " + name);
  }

  private static String panelText(WebappClient client, Task task) throws Exception {
    return CasePanelText.of(client, task.getId());
  }

  private static String panelPath(Task task) {
    return CasePanelText.path(task.getId());
  }
}
