package jp.vaccinationoffice.caseserver.staffscreens;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A member of staff's browser on the staff screens: signed in through the webapps' Welcome sign-in. */
final class StaffBrowser {

  private static final By USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");
  private static final By PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
  private static final By SIGN_IN = By.cssSelector("form[name=signinForm] button[type=submit]");

  private StaffBrowser() {}

  static WebDriver signIn(WebDriver browser, int port, String user) {
    browser.get("http://localhost:" + port + "/operaton/app/welcome/default/");
    waitFor(browser).until(visibilityOfElementLocated(USERNAME)).sendKeys(user);
    browser.findElement(PASSWORD).sendKeys(CaseServerTest.DEMO_PASSWORD);
    browser.findElement(SIGN_IN).click();
    waitFor(browser).until(visibilityOfElementLocated(By.cssSelector("li.account")));
    return browser;
  }

  static WebDriverWait waitFor(WebDriver browser) {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }
}
