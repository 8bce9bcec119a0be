package jp.vaccinationoffice.caseserver.staffscreens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.tasklist.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** How the staff screens' browser tests sign in, type and read a field's error, on the server at {@code port}. */
final class StaffScreensBrowser {

  private static final By USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");
  private static final By PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
  private static final By SIGN_IN = By.cssSelector("form[name=signinForm] button[type=submit]");

  private final int port;

  StaffScreensBrowser(int port) {
    this.port = port;
  }

  /** Signs in on the webapps' sign-in, which the staff screens share. */
  WebDriver signedIn(HeadlessChromium chromium, String user) {
    return signedIn(chromium.driver(), user);
  }

  /** Signs in as {@code user} in a browser already open, e.g. after another member of staff signed out. */
  WebDriver signedIn(WebDriver browser, String user) {
    browser.get(url("/operaton/app/welcome/default/"));
    waitOn(browser).until(visibilityOfElementLocated(USERNAME)).sendKeys(user);
    browser.findElement(PASSWORD).sendKeys(CaseServerTest.DEMO_PASSWORD);
    browser.findElement(SIGN_IN).click();
    waitOn(browser).until(visibilityOfElementLocated(By.cssSelector("li.account")));
    return browser;
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** The error shown at the field, which the field names as what describes it. */
  static String errorOf(WebDriver browser, String field) {
    String describedBy = browser.findElement(By.id(field)).getAttribute("aria-describedby");
    assertThat(describedBy).as(field + " is described by its error").contains(field + "-error");
    return browser.findElement(By.id(field + "-error")).getText();
  }

  static void type(WebDriver browser, String field, String text) {
    browser.findElement(By.id(field)).sendKeys(text);
  }

  static WebDriverWait waitOn(WebDriver browser) {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }
}
