package jp.vaccinationoffice.caseserver.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.support.AxeCheck;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clerk drafts a partial disclosure in the real Operaton Tasklist: the 案件 tab numbers the gathered
 * information with its sources, the form takes the withheld items' numbers in the field of their
 * ground, a number the request did not gather is refused with its message next to the form, and the
 * draft that fits is recorded item by item. Screenshots in {@code target/screenshots/requests/}.
 */
@FixedPortServerTest
class RequestDecisionFormsTest extends ServerOnFreePort {

  static final FormFile DRAFT_DISCLOSURE = FormFile.read("draft-disclosure-decision");
  private static final String HOFU = "352063";
  private static final By CASE_TAB = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='案件']");
  private static final By FORM_TAB = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='フォーム']");
  private static final By CASE_PANEL = By.cssSelector(".case-panel .case-panel-section");

  @RegisterExtension
  final HeadlessChromium chromium = new HeadlessChromium();

  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired Ledger ledger;

  @Test
  void aClerkWithholdsANumberedItemOnItsGroundAndANumberNotGatheredIsRefused() throws Exception {
    String myNumber = personWithTwoDoses();
    HttpResponse<String> received = new Http(PORT).postJson("/api/personal-information-requests", """
        {"type":"DISCLOSURE","channel":"COUNTER","receivedOn":"%s",
         "requester":{"relationship":"SELF","familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ",
                      "givenNameKana":"ハナコ","birthDate":"1980-04-01","address":"山口県防府市寿町7番1号","phone":"0835-25-2111"},
         "subject":{"myNumber":"%s"},
         "disclosure":{"records":["VACCINATION_RECORDS"],"method":"PAPER_COPY"}}""".formatted(LocalDate.now(), myNumber),
        "clerk", MoveInFixtures.PASSWORD);
    assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
    String requestId = new ObjectMapper().readTree(received.body()).get("requestId").asText();
    completeAsClerk(awaitTask(requestId, "check-request"), Map.of("completeness", "COMPLETE",
        "identityDocument", "MY_NUMBER_CARD", "representationProof", "NONE", "powerOfAttorney", "NONE"));
    Task draft = awaitTask(requestId, "draft-decision");

    TasklistPage tasklist = new TasklistPage(chromium.driver(), PORT);
    tasklist.signIn("clerk", MoveInFixtures.PASSWORD);
    TaskForm form = tasklist.open(draft.getId(), DRAFT_DISCLOSURE);
    WebDriver driver = chromium.driver();
    new WebDriverWait(driver, TasklistPage.PATIENCE).until(elementToBeClickable(CASE_TAB)).click();
    new WebDriverWait(driver, TasklistPage.PATIENCE).until(visibilityOfElementLocated(CASE_PANEL));
    String panel = driver.findElement(By.cssSelector(".case-panel")).getText();
    chromium.screenshot("requests/draft-disclosure-case-panel");
    assertThat(panel).contains("開示請求", "収集した保有個人情報", "第1回接種", "第2回接種", "FA1234", "FA5678",
        "予防接種台帳").doesNotContain(myNumber);
    AxeCheck.assertNoSeriousViolationWithin(driver, "requests/draft-disclosure-case-panel", ".case-panel");

    driver.findElement(FORM_TAB).click();
    assertThat(form.shows("withheldOtherIndividual")).as("hidden until a partial decision is chosen").isFalse();
    form.choose("decision", "PARTIAL");
    assertThat(form.label("withheldOtherIndividual")).contains("第78条第1項第2号");
    form.type("withheldOtherIndividual", "9");
    chromium.screenshot("requests/draft-disclosure-form");
    AxeCheck.assertNoSeriousViolationWithin(driver, "requests/draft-disclosure-form", ".fjs-container");
    assertThatThrownBy(() -> tasklist.complete(draft.getId())).hasMessageContaining("項目9は収集した保有個人情報にありません");
    chromium.screenshot("requests/draft-disclosure-refused");
    assertThat(withheld(requestId)).containsOnlyNulls();

    driver.findElements(By.cssSelector(".notifications .alert-danger .close")).stream().filter(WebElement::isDisplayed)
        .forEach(WebElement::click);
    new WebDriverWait(driver, TasklistPage.PATIENCE).until(d -> d.findElements(By.cssSelector(".notifications .alert-danger"))
        .stream().noneMatch(WebElement::isDisplayed));
    form.type("withheldOtherIndividual", "2");
    tasklist.complete(draft.getId());
    assertThat(withheld(requestId)).containsExactly(null, "OTHER_INDIVIDUAL");
    assertThat(awaitTask(requestId, "decide-request")).isNotNull();
  }

  private List<String> withheld(String requestId) {
    return jdbc.queryForList("SELECT withheld_ground FROM pi_request_item WHERE request_id = ? ORDER BY seq",
        String.class, requestId);
  }

  private String personWithTwoDoses() {
    String eleven = String.format("%011d", 60_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
    String myNumber = eleven + MyNumber.checkDigit(eleven);
    ledger.addDoses(HOFU, new Ledger.Person(null, myNumber, "山田 花子", "ヤマダ ハナコ", LocalDate.of(1980, 4, 1), "FEMALE"),
        List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ筋注", "FA1234", null),
            new Ledger.Dose(2, LocalDate.of(2021, 6, 22), "ファイザー", "コミナティ筋注", "FA5678", null)),
        "TEST");
    return myNumber;
  }

  private void completeAsClerk(Task task, Map<String, Object> fields) {
    identityService.setAuthentication("clerk", List.of("clerks"), List.of(HOFU));
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
}
