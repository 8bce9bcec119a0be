package jp.vaccinationoffice.caseserver.staffscreens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.caseserver.support.AxeCheck;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import jp.vaccinationoffice.caseserver.tasklist.HeadlessChromium;
import jp.vaccinationoffice.caseserver.webapps.WebappLocales;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record screens in headless Chromium, each as its user works it: a clerk imports a ledger
 * file with errors and then a good one; a supervisor reads the records of provision; an auditor
 * reads the access log and the reads without a business need; a clerk opens a case for the task at
 * hand. Refusals are Japanese pages: a clerk on the auditors' screens (403), another
 * municipality's case (404). Same server as {@link StaffScreensBrowserTest}.
 */
@FixedPortServerTest
class StaffRecordsBrowserTest extends ServerOnFreePort {

  private static final String HEADER = "宛名番号,個人番号,氏名,氏名カナ,生年月日,性別,接種回,接種日,ワクチンメーカー,製品名,ロット番号,接種券番号\n";
  private static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  final HeadlessChromium chromium = new HeadlessChromium();

  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;

  final Http http = new Http(PORT);

  @Test
  void aClerkImportsALedgerFileWithErrorsThenAGoodOne() throws IOException {
    WebDriver browser = signedIn("clerk");
    browser.get(url("/staff/"));
    browser.findElement(By.linkText("予防接種台帳の取込")).click();
    wait(browser).until(visibilityOfElementLocated(By.id("file")));
    looked(browser, "staff/ledger-imports-form");

    browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
    assertThat(errorOf(browser, "file")).isEqualTo("取り込むファイルを選んでください。");
    upload(browser, "ledger-not-csv.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(errorOf(browser, "file")).startsWith("CSV のテキストファイルではありません");

    String person = myNumber();
    String wrongCheckDigit = person.substring(0, 11) + (char) ('0' + (person.charAt(11) - '0' + 1) % 10);
    upload(browser, "ledger-with-errors.csv", (HEADER
        + line(wrongCheckDigit, "1", "2021-06-01")
        + line(person, "8", "2021-07-01")
        + line(person, "2", "2021/13/01")).getBytes(StandardCharsets.UTF_8));
    wait(browser).until(visibilityOfElementLocated(By.id("import-rejected")));
    assertThat(cells(browser, "#findings tbody tr")).containsExactly(
        "2 個人番号 検査用数字が合いません。番号を確かめてください。",
        "3 接種回 接種回は1から7までの数字で書いてください。",
        "4 接種日 暦にない日付です。");
    assertThat(browser.getPageSource()).doesNotContain(wrongCheckDigit).doesNotContain("ledger-with-errors");
    looked(browser, "staff/ledger-import-errors");

    browser.findElement(By.linkText("予防接種台帳の取込へ戻る")).click();
    upload(browser, "ledger.csv", (HEADER + line(person, "1", "2021-06-01") + line(person, "2", "2021-07-01"))
        .getBytes(StandardCharsets.UTF_8));
    wait(browser).until(visibilityOfElementLocated(By.id("import-completed")));
    assertThat(browser.findElement(By.cssSelector("dl.summary")).getText())
        .contains("新しく登録した人\n1 人", "新しく登録した接種\n2 件", "取り込んだ行\n2");
    looked(browser, "staff/ledger-import-completed");

    browser.findElement(By.linkText("予防接種台帳の取込へ戻る")).click();
    List<String> latest = cells(browser, "table.results tbody tr");
    assertThat(latest.get(0)).contains("完了", "2 2 0 clerk");
    assertThat(latest.get(1)).contains("誤りのため取り込まず", "3 0 3 clerk");
    looked(browser, "staff/ledger-imports");
  }

  @Test
  void aSupervisorReadsTheRecordsOfProvision() throws Exception {
    String person = myNumber();
    importLedger(HEADER + line(person, "1", "2021-06-01"));
    String inquiryId = inquireFromUbe(person);
    await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
        "SELECT COUNT(*) FROM provision_record WHERE inquiry_id = ?", Integer.class, inquiryId) == 1);

    WebDriver browser = signedIn("supervisor");
    browser.get(url("/staff/"));
    browser.findElement(By.linkText("情報提供等の記録")).click();
    wait(browser).until(visibilityOfElementLocated(By.id("provision-records")));
    browser.findElement(By.id("to")).sendKeys("01012021");
    browser.findElement(By.cssSelector("form[role=search] button")).click();
    assertThat(errorOf(browser, "to")).isEqualTo("開始日より後の日付を入力してください。");
    looked(browser, "staff/provision-records-refused");

    browser.get(url("/staff/provision-records?inquiryId=" + inquiryId));
    assertThat(cells(browser, "#provision-records tbody tr")).singleElement().satisfies(row -> assertThat(row)
        .contains("宇部市（352021）", "提供した", "接種回、接種日、ワクチンメーカー、製品名、ロット番号", "番号法第19条第16号",
            "provision-permitted 第", "承認不要", inquiryId));
    browser.get(url("/staff/provision-records"));
    looked(browser, "staff/provision-records");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE user_id = 'supervisor'"
        + " AND subject_type = 'PROVISION_RECORDS' AND subject_id = ?", Integer.class, inquiryId)).isEqualTo(1);

    browser.get(url("/staff/cases/" + inquiryId + "?reason=case"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("他の市区町村からの接種記録の照会");
    assertThat(browser.findElement(By.id("main")).getText()).contains("宇部市（352021）", "********" + person.substring(8),
        "提供しないため表示しません", "提供した", "1回目").doesNotContain(person);
    looked(browser, "staff/case-page-provision-inquiry");

    String requestId = certificateIssued(person);
    browser.get(url("/staff/cases/" + requestId + "?reason=case"));
    WebElement certificate = browser.findElement(By.cssSelector("#certificates a"));
    assertThat(certificate.getText()).endsWith("（PDF）");
    assertThat(((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type')"
        + " + ' ' + new TextDecoder().decode(b.slice(0, 5)))))", certificate.getAttribute("href")))
        .isEqualTo("200 application/pdf %PDF-");
    looked(browser, "staff/case-page-certificate-request");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE user_id = 'supervisor' AND action = 'EXPORT'"
        + " AND subject_type = 'CERTIFICATE' AND justification = ?", Integer.class, "case:" + requestId)).isEqualTo(1);

    browser.get(url("/staff/access-log"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("エラー");
  }

  /** A counter request for a certificate of the person, verified by the clerk and issued. */
  private String certificateIssued(String myNumber) throws IOException {
    HttpResponse<String> response = http.postJson("/api/certificate-requests", """
        {"channel":"COUNTER","use":"DOMESTIC","myNumber":"%s",
         "applicant":{"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
                      "birthDate":"1980-04-01","sex":"FEMALE","address":"山口県防府市寿町7-1"}}""".formatted(myNumber),
        "clerk", PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String requestId = JSON.readTree(response.body()).get("requestId").asText();
    Task verify = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(requestId).taskDefinitionKey("verify-applicant").singleResult(), found -> found != null);
    HttpResponse<String> completed = http.postJson("/engine-rest/task/" + verify.getId() + "/complete", "{\"variables\":"
        + "{\"numberDocument\":{\"value\":\"MY_NUMBER_CARD\"},\"identityDocument\":{\"value\":\"MY_NUMBER_CARD\"},"
        + "\"passportCheck\":{\"value\":\"NOT_APPLICABLE\"}}}", "clerk", PASSWORD);
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
        "SELECT status FROM case_file WHERE id = ?", String.class, requestId), "ISSUED"::equals);
    return requestId;
  }

  @Test
  void anAuditorReadsTheAccessLogAndTheReadsWithoutABusinessNeed() throws Exception {
    String caseId = moveInCase(myNumber());
    WebDriver browser = signedIn("auditor");
    browser.get(url("/staff/cases/" + caseId));
    assertThat(browser.findElement(By.id("reason-case")).isSelected()).as("an auditor has no task in the case").isTrue();
    looked(browser, "staff/case-reason-auditor");
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait(browser).until(visibilityOfElementLocated(By.id("justified-by")));

    browser.get(url("/staff/"));
    browser.findElement(By.linkText("操作ログ")).click();
    wait(browser).until(visibilityOfElementLocated(By.id("chain-result")));
    assertThat(browser.findElement(By.id("chain-result")).getAttribute("class")).isEqualTo("status-ok");
    assertThat(browser.findElement(By.id("chain-result")).getText()).startsWith("改ざん・削除は見つかりませんでした。");
    browser.findElement(By.id("userId")).sendKeys("auditor");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("subjectType"))).selectByValue("CASE");
    browser.findElement(By.cssSelector("form[role=search] button")).click();
    wait(browser).until(urlContains("subjectType=CASE"));
    assertThat(cells(browser, "#access-log tbody tr")).first().satisfies(row -> assertThat(row)
        .contains("auditor", "閲覧", "案件", caseId, "案件 " + caseId));
    looked(browser, "staff/access-log");

    browser.get(url("/staff/access-log/unjustified-reads?from=2020-01-01&to=2026-01-01"));
    assertThat(errorOf(browser, "from")).isEqualTo("期間は366日以内にしてください。");

    browser.get(url("/staff/access-log?from=2026-13-01&page=x"));
    assertThat(errorOf(browser, "from")).isEqualTo("日付は 2026-12-07 の形で入力してください。");
    assertThat(browser.findElements(By.id("access-log"))).isEmpty();

    browser.get(url("/staff/access-log"));
    browser.findElement(By.linkText("業務上の理由が確認できない閲覧の一覧")).click();
    wait(browser).until(visibilityOfElementLocated(By.id("unjustified-reads")));
    assertThat(cells(browser, "#unjustified-reads tbody tr")).anySatisfy(row -> assertThat(row)
        .contains("auditor", caseId, "案件のタスクを担当していない").doesNotContain("(the reader"));
    looked(browser, "staff/unjustified-reads");
  }

  @Test
  void aClerkOpensACaseForTheTaskAtHandAndSeesNoOtherMunicipalitysCaseNorTheAuditorsScreens() throws Exception {
    String person = myNumber();
    String caseId = moveInCase(person);
    Task task = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(caseId).taskDefinitionKey("verify-identity").singleResult(), found -> found != null);

    WebDriver browser = signedIn("clerk");
    browser.get(url("/staff/cases/" + caseId));
    WebElement choice = browser.findElement(By.cssSelector("input[name=reason][value='task:" + task.getId() + "']"));
    assertThat(choice.isSelected()).as("the clerk's one task in the case is offered first").isTrue();
    looked(browser, "staff/case-reason");
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait(browser).until(visibilityOfElementLocated(By.id("justified-by")));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("転入者の接種記録照会　受付番号 " + ReceptionNumbers.of(caseId));
    assertThat(browser.findElement(By.id("justified-by")).getText()).contains(task.getName());
    String page = browser.findElement(By.id("main")).getText();
    assertThat(page).contains("山田 花子", "ヤマダ ハナコ", "********" + person.substring(8), "宇部市（352021）",
        "署名済みの同意書あり", "窓口で受付").doesNotContain(person);
    looked(browser, "staff/case-page-move-in");
    assertThat(jdbc.queryForList("SELECT justification FROM access_log WHERE user_id = 'clerk' AND subject_id = ?"
        + " ORDER BY id DESC", String.class, caseId)).first().isEqualTo("task:" + task.getId());

    for (String screen : List.of("home", "move-in-queries/new", "search")) {
      browser.get(url("/staff/" + (screen.equals("home") ? "" : screen)));
      looked(browser, "staff/whole-" + screen.replace('/', '-'));
    }

    browser.get(url("/staff/cases/" + caseId + "?reason=task:not-my-task"));
    assertThat(browser.findElement(By.id("reason-error")).getText()).startsWith("一覧から閲覧の理由を選んでください");

    for (String none : List.of("/staff/ledger/imports/not-an-import", "/staff/cases/" + caseId + "/letters/1",
        "/staff/cases/" + caseId + "/certificates/352063-2026-000001.pdf", "/staff/cases/no%20such%20case")) {
      browser.get(url(none));
      assertThat(browser.getPageSource()).as(none).contains("お探しのページは見つかりませんでした。");
    }

    browser.get(url("/staff/access-log"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("エラー");
    assertThat(browser.getPageSource()).contains("この操作はできません");
    browser.get(url("/staff/provision-records"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("エラー");

    browser.manage().deleteAllCookies();
    WebDriver ube = new StaffScreensBrowser(PORT).signedIn(browser, "clerk2");
    ube.get(url("/staff/cases/" + caseId + "?reason=case"));
    assertThat(ube.findElement(By.tagName("h1")).getText()).isEqualTo("エラー");
    assertThat(ube.getPageSource()).contains("お探しのページは見つかりませんでした。").doesNotContain("山田");
  }

  private String moveInCase(String myNumber) throws IOException {
    HttpResponse<String> response = http.postJson("/api/move-in-queries", """
        {"previousMunicipalityCode":"352021","myNumber":"%s",
         "resident":{"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
                     "birthDate":"1980-04-01","sex":"FEMALE","address":"山口県防府市寿町7-1"},
         "consent":{"given":true,"signedOn":"2026-11-20","formReceived":true}}""".formatted(myNumber), "clerk", PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).get("caseId").asText();
  }

  private void importLedger(String csv) throws IOException {
    HttpResponse<String> started = http.postFile("/api/ledger/imports", "file", "ledger.csv",
        csv.getBytes(StandardCharsets.UTF_8), "clerk", PASSWORD);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String importId = JSON.readTree(started.body()).get("importId").asText();
    await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(
        http.get("/api/ledger/imports/" + importId, "clerk", PASSWORD).body()).get("status").asText(), "COMPLETED"::equals);
  }

  private String inquireFromUbe(String myNumber) throws IOException {
    HttpResponse<String> response = http.postJsonIdempotent("/sim/vrs/inquiries",
        "{\"fromMunicipalityCode\":\"352021\",\"toMunicipalityCode\":\"352063\",\"myNumber\":\"" + myNumber + "\"}",
        java.util.UUID.randomUUID().toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body()).get("inquiryId").asText();
  }

  private void upload(WebDriver browser, String name, byte[] content) throws IOException {
    Path file = Files.createTempDirectory("ledger-upload-").resolve(name);
    Files.write(file, content);
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
  }

  private static String line(String myNumber, String dose, String vaccinatedOn) {
    return myNumber.substring(0, 9) + "," + myNumber + ",山田 花子,ヤマダ ハナコ,1980-04-01,女," + dose + "," + vaccinatedOn
        + ",ファイザー,コミナティ筋注,FA1234,\n";
  }

  /** Saves the whole page, checks it with axe-core and for English left from the webapps' words. */
  private void looked(WebDriver browser, String name) {
    long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(1400, (int) Math.min(height + 160, 4000)));
    chromium.screenshot(name);
    AxeCheck.assertNoSeriousViolation(browser, name);
    assertThat(WebappLocales.untranslatedShownIn(browser.findElement(By.tagName("body")).getText(), WebappLocales.APPS))
        .as("English of the webapps on " + name).isEmpty();
  }

  private static List<String> cells(WebDriver browser, String rows) {
    return browser.findElements(By.cssSelector(rows)).stream()
        .map(row -> String.join(" ", row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()))
        .toList();
  }

  private static String errorOf(WebDriver browser, String field) {
    wait(browser).until(visibilityOfElementLocated(By.id(field + "-error")));
    assertThat(browser.findElement(By.id(field)).getAttribute("aria-invalid")).isEqualTo("true");
    return browser.findElement(By.id(field + "-error")).getText();
  }

  private WebDriver signedIn(String user) {
    return new StaffScreensBrowser(PORT).signedIn(chromium, user);
  }

  private static org.openqa.selenium.support.ui.WebDriverWait wait(WebDriver browser) {
    return StaffScreensBrowser.waitOn(browser);
  }

  private static String url(String path) {
    return "http://localhost:" + PORT + path;
  }

  /** A valid My Number no other test uses. */
  private static String myNumber() {
    String eleven = "8" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
    return eleven + MyNumber.checkDigit(eleven);
  }
}
