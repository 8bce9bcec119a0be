package jp.vaccinationoffice.caseserver.staffscreens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static jp.vaccinationoffice.caseserver.staffscreens.StaffScreensBrowser.errorOf;
import static jp.vaccinationoffice.caseserver.staffscreens.StaffScreensBrowser.type;
import static jp.vaccinationoffice.caseserver.staffscreens.StaffScreensBrowser.waitOn;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import jp.vaccinationoffice.caseserver.support.AxeCheck;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import jp.vaccinationoffice.caseserver.tasklist.HeadlessChromium;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff screens in headless Chromium, as a clerk and an auditor use them: signed in through the
 * webapps' sign-in, the move-in intake refuses bad input next to each field without echoing the My
 * Number, and accepts a complete form once.
 */
@FixedPortServerTest
class StaffScreensBrowserTest extends ServerOnFreePort {

  @RegisterExtension
  final HeadlessChromium chromium = new HeadlessChromium();

  @Autowired
  JdbcTemplate jdbc;

  private final StaffScreensBrowser screens = new StaffScreensBrowser(PORT);

  @Test
  void aClerkTakesInAMoveInQueryAtTheCounter() {
    WebDriver browser = signedIn("clerk");
    browser.get(url("/staff/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("業務メニュー");
    chromium.screenshot("staff/home");
    AxeCheck.assertNoSeriousViolation(browser, "staff/home");

    browser.findElement(By.linkText("転入者の接種記録照会（受付）")).click();
    waitOn(browser).until(visibilityOfElementLocated(By.id("myNumber")));
    AxeCheck.assertNoSeriousViolation(browser, "staff/move-in-intake");
    String number = validMyNumber("35206300001");
    String wrongCheckDigit = number.substring(0, 11) + (char) ('0' + (number.charAt(11) - '0' + 1) % 10);
    type(browser, "myNumber", wrongCheckDigit);
    type(browser, "familyName", "山田");
    type(browser, "givenName", "花子");
    type(browser, "familyNameKana", "やまだ");
    type(browser, "givenNameKana", "ハナコ");
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    waitOn(browser).until(visibilityOfElementLocated(By.id("error-summary")));
    assertThat(browser.findElements(By.cssSelector("#error-summary li a"))).extracting(WebElement::getText)
        .contains("個人番号", "氏（カナ）", "住所", "同意の確認");
    assertThat(errorOf(browser, "myNumber")).isEqualTo("個人番号の検査用数字が合いません。番号を確かめてください。");
    assertThat(errorOf(browser, "familyNameKana")).isEqualTo("全角カタカナで入力してください。");
    assertThat(errorOf(browser, "address")).isEqualTo("入力してください。");
    assertThat(browser.getPageSource()).doesNotContain(wrongCheckDigit);
    assertThat(browser.findElement(By.id("familyName")).getAttribute("value")).isEqualTo("山田");
    assertThat(browser.findElement(By.id("myNumber")).getAttribute("aria-invalid")).isEqualTo("true");
    chromium.screenshot("staff/move-in-intake-refused");
    AxeCheck.assertNoSeriousViolation(browser, "staff/move-in-intake-refused");

    type(browser, "myNumber", number.substring(0, 4) + " " + number.substring(4, 8) + " " + number.substring(8));
    browser.findElement(By.id("familyNameKana")).clear();
    type(browser, "familyNameKana", "ヤマダ");
    browser.findElement(By.id("birthDate")).sendKeys("04011985");
    browser.findElement(By.cssSelector("input[name=sex][value=FEMALE]")).click();
    type(browser, "address", "山口県防府市寿町7番1号");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("previousMunicipalityCode")))
        .selectByValue("352021");
    browser.findElement(By.name("consentGiven")).click();
    browser.findElement(By.name("consentFormReceived")).click();
    browser.findElement(By.id("consentSignedOn")).sendKeys("12012026");
    chromium.screenshot("staff/move-in-intake-filled");
    int casesBefore = casesOfHanakoYamada();
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    waitOn(browser).until(urlContains("/staff/move-in-queries/received"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("受け付けました");
    assertThat(browser.getPageSource()).contains("********" + number.substring(8)).doesNotContain(number);
    chromium.screenshot("staff/move-in-received");
    AxeCheck.assertNoSeriousViolation(browser, "staff/move-in-received");
    // other classes on this shared server take in residents of that name too: this form made one case
    assertThat(casesOfHanakoYamada()).isEqualTo(casesBefore + 1);

    String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();
    browser.findElement(By.linkText("タスク一覧へ")).click();
    waitOn(browser).until(urlContains("/operaton/app/tasklist/"));
    assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue())
        .as("the screens leave the webapps' session as it was").isEqualTo(sessionBefore);
  }

  @Test
  void theSearchBoxSaysInJapaneseWhatItCannotDo() {
    WebDriver browser = signedIn("auditor");
    browser.get(url("/staff/search"));
    AxeCheck.assertNoSeriousViolation(browser, "staff/search");

    browser.findElement(By.id("q")).sendKeys(validMyNumber("35206300002"));
    browser.findElement(By.cssSelector("form[role=search] button")).click();
    waitOn(browser).until(visibilityOfElementLocated(By.id("q-error")));
    assertThat(browser.findElement(By.id("q-error")).getText()).contains("個人番号では検索できません");

    // the tests run without a search node: the screen says so instead of failing
    browser.findElement(By.id("q")).clear();
    browser.findElement(By.id("q")).sendKeys("やまだ はなこ");
    browser.findElement(By.cssSelector("form[role=search] button")).click();
    waitOn(browser).until(visibilityOfElementLocated(By.id("q-error")));
    assertThat(browser.findElement(By.id("q-error")).getText()).contains("ただいま検索できません");
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("やまだ はなこ");
    chromium.screenshot("staff/search-unavailable");
    AxeCheck.assertNoSeriousViolation(browser, "staff/search-unavailable");
  }

  @Test
  void anAuditorCannotTakeInAndAStrangerIsSentToSignIn() {
    WebDriver stranger = chromium.driver();
    stranger.get(url("/staff/move-in-queries/new"));
    waitOn(stranger).until(urlContains("/operaton/app/welcome/"));

    WebDriver auditor = signedIn("auditor");
    auditor.get(url("/staff/move-in-queries/new"));
    assertThat(auditor.findElement(By.tagName("h1")).getText()).isEqualTo("エラー");
    assertThat(auditor.getPageSource()).contains("この操作はできません");
  }

  private int casesOfHanakoYamada() {
    return jdbc.queryForObject("SELECT count(*) FROM case_file WHERE family_name = '山田' AND given_name = '花子'",
        Integer.class);
  }

  private WebDriver signedIn(String user) {
    return screens.signedIn(chromium, user);
  }

  private static String url(String path) {
    return new StaffScreensBrowser(PORT).url(path);
  }

  private static String validMyNumber(String eleven) {
    return eleven + MyNumber.checkDigit(eleven);
  }
}
