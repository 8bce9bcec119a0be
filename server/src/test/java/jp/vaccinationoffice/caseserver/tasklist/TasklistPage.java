package jp.vaccinationoffice.caseserver.tasklist;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Operaton Tasklist as a clerk uses it: sign in, pick the task from the task list, claim it,
 * fill in its form and complete it. Tasklist is an AngularJS app that renders everything after
 * the page has loaded, so every step waits for what it needs to see.
 */
final class TasklistPage {

  static final Duration PATIENCE = Duration.ofSeconds(20);

  private static final By USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");
  private static final By PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
  private static final By SIGN_IN = By.cssSelector("form[name=signinForm] button[type=submit]");
  private static final By SIGNED_IN_USER = By.cssSelector("li.account");
  private static final By CLAIM = By.cssSelector("button.claim");
  private static final By DISABLED_FORM = By.cssSelector("[cam-tasklist-form] .disabled-form");
  private static final By FORM = By.cssSelector("[cam-tasklist-form-operaton] form.fjs-form");
  private static final By COMPLETE = By.cssSelector("[cam-tasklist-form] .form-actions button.btn-primary");
  private static final By ADD_COMMENT = By.cssSelector("a.createCommentLink");
  private static final By COMMENT_MESSAGE = By.id("comment-form-message");
  private static final By SAVE_COMMENT = By.cssSelector("form[name=newComment] .modal-footer button[type=submit]");
  private static final By ERRORS = By.cssSelector(".notifications .alert-danger");
  private static final By PROBLEMS = By.cssSelector(".notifications .alert-danger, .fjs-form-field-error");

  private final WebDriver driver;
  private final String url;

  TasklistPage(WebDriver driver, int port) {
    this.driver = driver;
    this.url = "http://localhost:" + port + "/operaton/app/tasklist/";
  }

  /**
   * Signs in on the webapp's sign-in form. The form may be drawn again while its texts load (the
   * translations arrive after the page), so what was typed is checked before signing in.
   */
  void signIn(String user, String password) {
    driver.get(url);
    waitFor("the sign-in form").ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement name = d.findElement(USERNAME);
      WebElement secret = d.findElement(PASSWORD);
      if (!name.isDisplayed()) {
        return false;
      }
      name.clear();
      name.sendKeys(user);
      secret.clear();
      secret.sendKeys(password);
      return user.equals(d.findElement(USERNAME).getDomProperty("value"))
          && password.equals(d.findElement(PASSWORD).getDomProperty("value"));
    });
    driver.findElement(SIGN_IN).click();
    waitFor(user + " to be signed in").until(visibilityOfElementLocated(SIGNED_IN_USER));
  }

  /**
   * Opens the task from the task list and claims it unless it is the clerk's already. The list
   * shows the tasks of the moment it loaded, so it is loaded again until the task appears.
   */
  TaskForm open(String taskId, FormFile form) {
    By link = taskLink(taskId);
    WebElement task = null;
    for (int load = 1; task == null; load++) {
      driver.get(url);
      try {
        task = new WebDriverWait(driver, Duration.ofSeconds(8)).until(elementToBeClickable(link));
      } catch (TimeoutException e) {
        if (load == 3) {
          throw new TimeoutException("task " + taskId + " is not in the task list", e);
        }
      }
    }
    task.click();
    waitFor("the form of task " + taskId).until(visibilityOfElementLocated(FORM));
    if (!driver.findElements(CLAIM).isEmpty()) {
      driver.findElement(CLAIM).click();
      waitFor("task " + taskId + " to be claimed").until(invisibilityOfElementLocated(CLAIM));
    }
    waitFor("the form to be enabled").until(invisibilityOfElementLocated(DISABLED_FORM));
    waitFor("the Complete button").until(elementToBeClickable(COMPLETE));
    return new TaskForm(driver, form);
  }

  /** Clicks Complete and waits until Tasklist has closed the task and taken it off the list. */
  void complete(String taskId) {
    WebElement complete = driver.findElement(COMPLETE);
    // a long form ends with the button at the bottom of the pane, its right half under the language
    // switch: click it near its left edge, as a user would
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
    new Actions(driver).moveToElement(complete, -complete.getSize().getWidth() / 2 + 4, 0).click().perform();
    By link = taskLink(taskId);
    waitFor("task " + taskId + " to be completed").until(d -> {
      List<String> problems = d.findElements(PROBLEMS).stream().map(WebElement::getText)
          .filter(text -> !text.isBlank()).toList();
      if (!problems.isEmpty()) {
        throw new AssertionError("Tasklist did not complete task " + taskId + ": " + problems);
      }
      return d.findElements(FORM).isEmpty() && d.findElements(link).isEmpty();
    });
  }

  /** Adds a comment to the open task with Tasklist's "Add Comment" dialog; answers the errors it shows. */
  List<String> comment(String message) {
    waitFor("the Add Comment link").until(elementToBeClickable(ADD_COMMENT)).click();
    waitFor("the comment dialog").until(visibilityOfElementLocated(COMMENT_MESSAGE)).sendKeys(message);
    driver.findElement(SAVE_COMMENT).click();
    waitFor("the comment to be saved or refused").until(d -> d.findElements(SAVE_COMMENT).isEmpty()
        || !d.findElements(ERRORS).isEmpty());
    List<String> errors = driver.findElements(ERRORS).stream().map(WebElement::getText).toList();
    if (!driver.findElements(SAVE_COMMENT).isEmpty()) {
      driver.findElement(By.cssSelector("form[name=newComment] .modal-footer button[type=button]")).click();
      waitFor("the comment dialog to close").until(invisibilityOfElementLocated(COMMENT_MESSAGE));
    }
    for (WebElement close : driver.findElements(By.cssSelector(".notifications .alert-danger .close"))) {
      close.click();
    }
    return errors;
  }

  private static By taskLink(String taskId) {
    return By.cssSelector("ol.tasks-list a[href='#/?task=" + taskId + "']");
  }

  private WebDriverWait waitFor(String what) {
    WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
    wait.withMessage(what);
    return wait;
  }
}
