package jp.vaccinationoffice.caseserver.tasklist;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: a fresh browser profile for each
 * test, quit after it, and a screenshot of the page when the test fails. Both paths are given
 * explicitly, so Selenium Manager never looks for (or downloads) a driver or a browser.
 */
public final class HeadlessChromium implements BeforeEachCallback, TestExecutionExceptionHandler,
    LifecycleMethodExecutionExceptionHandler, AfterEachCallback {

  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final String CHROMIUM = "/usr/bin/chromium";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private WebDriver driver;
  private Path profile;

  public WebDriver driver() {
    return driver;
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}; the name may hold a folder. */
  public Path screenshot(String name) {
    try {
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    if (!CHROMEDRIVER.canExecute() || !Files.isExecutable(Path.of(CHROMIUM))) {
      throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver "
          + "(apt-get install -y chromium chromium-driver; .ci/run installs them)");
    }
    profile = Files.createTempDirectory("tasklist-chromium-");
    ChromeOptions options = new ChromeOptions()
        .setBinary(CHROMIUM)
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile,
            // a test browser lives for one test: no process per site, none of the browser's own
            // services (the browser was a quarter of the build's CPU; these flags take an eighth of it)
            "--disable-features=site-per-process,Translate,MediaRouter,OptimizationHints",
            "--disable-extensions");
    // the office's clock: the webapps show times in the browser's time zone
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .withEnvironment(Map.of("TZ", "Asia/Tokyo"))
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    screenshotOfFailure(context, failure);
    throw failure;
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    screenshotOfFailure(context, failure);
    throw failure;
  }

  private void screenshotOfFailure(ExtensionContext context, Throwable failure) {
    if (driver == null) {
      return;
    }
    try {
      screenshot("failed-" + context.getRequiredTestMethod().getName());
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      deleteProfile();
    }
  }

  private void deleteProfile() {
    if (profile == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | UncheckedIOException e) {
      // a leftover in the temporary directory harms no later test: each one gets its own profile
    }
    profile = null;
  }
}
