package jp.vaccinationoffice.caseserver.portal.mypage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import jp.vaccinationoffice.caseserver.certificates.CertificateUse;
import jp.vaccinationoffice.caseserver.personalinfo.RequestScenario;
import jp.vaccinationoffice.caseserver.support.AxeCheck;
import jp.vaccinationoffice.caseserver.tasklist.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * マイページ in headless Chromium as the resident uses it: signed in with the demo card, the list of
 * requests, a decided request with its letter, the certificate with its QR code, and withdrawing an
 * open request. Every page is checked by axe-core and saved under {@code screenshots/portal/}.
 */
class MyPageBrowserTest extends MyPageServer {

  @RegisterExtension
  final HeadlessChromium chromium = new HeadlessChromium();

  @Test
  void aResidentFollowsTheirRequestsReadsTheLetterShowsTheCertificateAndWithdrawsAnOpenRequest() {
    String myNumber = staff.personInLedger();
    String decided = staff.receive(electronicDisclosure(myNumber)).requestId();
    staff.checkedComplete(decided);
    staff.drafted(decided, Map.of("decision", "FULL", "withheldKind", "NONE", "withheldGround", "NONE"));
    staff.approved(decided);
    String open = staff.receive(RequestScenario.suspension(myNumber, LocalDate.now(), "STOP_PROVISION",
        "UNLAWFUL_PROVISION")).requestId();
    String certificate = certificate(myNumber, CertificateUse.DOMESTIC).requestId();
    await().atMost(Duration.ofSeconds(60)).until(() -> "DISCLOSED".equals(status(decided)));
    PortalResident card = cardOf(myNumber);

    WebDriver browser = chromium.driver();
    browser.manage().window().setSize(new Dimension(1000, 1800));
    browser.get(url("/portal/sign-in"));
    browser.findElement(By.id("cardId")).sendKeys(card.cardId);
    browser.findElement(By.id("pin")).sendKeys("1234");
    browser.findElement(By.cssSelector("#main section form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(urlContains("/portal/mypage"));

    page(browser, "mypage-requests");
    assertThat(browser.findElements(By.cssSelector(".requests li"))).hasSize(2);
    assertThat(item(browser, decided).getText()).contains("開示請求").contains("開示しました").contains("決定日");
    assertThat(item(browser, open).getText()).contains("利用停止請求").contains("決定の期限");
    assertThat(item(browser, certificate).getText()).contains("接種証明書（国内用）").contains("交付しました");

    item(browser, decided).findElement(By.tagName("a")).click();
    page(browser, "mypage-request-detail");
    assertThat(browser.findElement(By.id("letters")).getText()).contains("開示決定通知書");
    assertThat(browser.findElement(By.id("disclosed-csv")).getAttribute("href")).endsWith(".csv");

    browser.get(url("/portal/mypage"));
    item(browser, certificate).findElement(By.tagName("a")).click();
    page(browser, "mypage-certificate");
    WebElement qr = browser.findElement(By.cssSelector("img.qr-code"));
    Object width = ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth;", qr);
    assertThat(((Number) width).intValue()).as("the QR code image loaded").isGreaterThan(100);

    browser.get(url("/portal/mypage"));
    item(browser, open).findElement(By.tagName("a")).click();
    browser.findElement(By.id("withdraw-link")).click();
    page(browser, "mypage-withdraw-confirm");
    browser.findElement(By.cssSelector("#withdrawal-form button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(urlContains("?withdrawn"));
    page(browser, "mypage-withdrawn");
    assertThat(browser.findElement(By.id("request-status")).getText()).contains("取下げ");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(open).count()).isZero();
    assertThat(browser.findElement(By.id("letters-title")).findElement(By.xpath("..")).getText())
        .contains("通知書はありません。").doesNotContain("まだ");

    browser.manage().window().setSize(new Dimension(390, 1400));
    browser.get(url("/portal/mypage"));
    page(browser, "mypage-requests-mobile");
    assertThat(item(browser, open).getText()).contains("取下げ");

    browser.get(url("/portal/mypage/requests/00000000-0000-0000-0000-000000000000"));
    page(browser, "mypage-not-found");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("見つかりませんでした");
  }

  private void page(WebDriver browser, String name) {
    chromium.screenshot("portal/" + name);
    AxeCheck.assertNoSeriousViolation(browser, "portal/" + name);
  }

  private static WebElement item(WebDriver browser, String requestId) {
    return browser.findElement(By.cssSelector("li[data-request-id='" + requestId + "']"));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
