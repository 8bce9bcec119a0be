package jp.vaccinationoffice.caseserver.tasklist;

import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The form-js form Tasklist shows for a task, worked by the keys of its form file. form-js gives a
 * field's input the DOM id {@code fjs-form-<instance>-<component id>} (a radio option adds
 * {@code -<index>}), which is how a key's field is found on the page.
 */
final class TaskForm {

  private static final By LABEL = By.cssSelector(".fjs-form-field-label");
  private static final By SELECT = By.cssSelector(".fjs-input-group");
  private static final By DROPDOWN_ITEM = By.cssSelector(".fjs-dropdownlist-item");

  private final WebDriver driver;
  private final FormFile file;

  TaskForm(WebDriver driver, FormFile file) {
    this.driver = driver;
    this.file = file;
  }

  FormFile file() {
    return file;
  }

  /** The text the form shows, its text components included. */
  String text() {
    return driver.findElement(By.cssSelector("form.fjs-form")).getText();
  }

  /** Whether the page shows the field now: form-js leaves a field its condition hides out of the page. */
  boolean shows(String key) {
    return !driver.findElements(field(key)).isEmpty();
  }

  /** The field's label as shown, without the asterisk of a required field. */
  String label(String key) {
    return visible(key).findElement(LABEL).getText().replaceFirst("\\*$", "").strip();
  }

  /** The labels of the options of a radio group or a select as shown, in order; none for other fields. */
  List<String> options(String key) {
    WebElement field = visible(key);
    return switch (file.field(key).type()) {
      case "radio" -> field.findElements(By.cssSelector(".fjs-inline-label label")).stream()
          .map(WebElement::getText).toList();
      case "select" -> {
        openDropdown(field);
        List<String> labels = field.findElements(DROPDOWN_ITEM).stream().map(WebElement::getText).toList();
        field.findElement(SELECT).click();
        waitFor("options of " + key + " to close").until(invisibilityOfElementLocated(DROPDOWN_ITEM));
        yield labels;
      }
      default -> List.of();
    };
  }

  void select(String key, String value) {
    String optionLabel = file.field(key).optionLabel(value);
    WebElement field = visible(key);
    openDropdown(field);
    field.findElements(DROPDOWN_ITEM).stream().filter(item -> item.getText().equals(optionLabel)).findFirst()
        .orElseThrow(() -> new AssertionError(key + " does not offer " + optionLabel))
        .click();
    waitFor(key + " to show " + optionLabel)
        .until(d -> visible(key).findElement(By.cssSelector(".fjs-select-display")).getText().equals(optionLabel));
  }

  void choose(String key, String value) {
    String optionLabel = file.field(key).optionLabel(value);
    WebElement radio = visible(key).findElements(By.cssSelector(".fjs-inline-label")).stream()
        .filter(option -> option.findElement(By.tagName("label")).getText().equals(optionLabel)).findFirst()
        .orElseThrow(() -> new AssertionError(key + " does not offer " + optionLabel))
        .findElement(By.cssSelector("input[type=radio]"));
    radio.click();
    waitFor(optionLabel + " to be chosen").until(d -> radio.isSelected());
  }

  void check(String key) {
    WebElement box = input(key);
    if (!box.isSelected()) {
      box.click();
    }
    waitFor(key + " to be checked").until(d -> box.isSelected());
  }

  void type(String key, String text) {
    WebElement input = input(key);
    input.clear();
    input.sendKeys(text);
    waitFor(key + " to hold the text").until(d -> text.equals(input.getDomProperty("value")));
  }

  private WebElement input(String key) {
    return visible(key).findElement(By.cssSelector("input[id$='-" + file.field(key).componentId() + "']"));
  }

  private WebElement visible(String key) {
    return waitFor("form field " + key).until(visibilityOfElementLocated(field(key)));
  }

  private void openDropdown(WebElement field) {
    if (field.findElements(DROPDOWN_ITEM).isEmpty()) {
      field.findElement(SELECT).click();
    }
    waitFor("options to open").until(d -> !field.findElements(DROPDOWN_ITEM).isEmpty());
  }

  private By field(String key) {
    String componentId = file.field(key).componentId();
    return By.cssSelector(".fjs-form-field:has([id$='-" + componentId + "'], [id$='-" + componentId + "-0'])");
  }

  private WebDriverWait waitFor(String what) {
    WebDriverWait wait = new WebDriverWait(driver, TasklistPage.PATIENCE);
    wait.withMessage(what);
    return wait;
  }
}
