package jp.vaccinationoffice.caseserver.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core on the page the browser shows, against WCAG 2.x A and AA (2.2 included): a serious or
 * critical violation fails the test; each page's summary goes to {@code target/axe/<name>.txt}.
 */
public final class AxeCheck {

  private static final Path REPORTS = Path.of("target", "axe");
  private static final List<String> STANDARDS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private AxeCheck() {}

  public static void assertNoSeriousViolation(WebDriver driver, String page) {
    assertNoSeriousViolationBeyond(driver, page, Set.of());
  }

  /**
   * As {@link #assertNoSeriousViolation}, but the rules named are reported and not failed: for the
   * Operaton webapps, whose markup (icon buttons without names, the search field's ARIA) the
   * office's style sheets cannot change.
   */
  public static void assertNoSeriousViolationBeyond(WebDriver driver, String page, Set<String> markupRules) {
    check(new AxeBuilder().withTags(STANDARDS).analyze(driver), page, markupRules);
  }

  /**
   * The same within the element {@code selector} finds only: the part of a page this project adds to a
   * page it does not own (the case panel in Operaton's Tasklist, say).
   */
  public static void assertNoSeriousViolationWithin(WebDriver driver, String page, String selector) {
    check(new AxeBuilder().withTags(STANDARDS).include(selector).analyze(driver), page, Set.of());
  }

  private static void check(Results results, String page, Set<String> markupRules) {
    List<Rule> serious = results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .filter(rule -> !markupRules.contains(rule.getId()))
        .toList();
    report(page, results);
    assertThat(serious).as("serious or critical axe-core violations on " + page + ": "
        + serious.stream().map(rule -> rule.getId() + " " + rule.getNodes().size() + "×").collect(Collectors.joining(", ")))
        .isEmpty();
  }

  private static void report(String page, Results results) {
    String summary = "page=" + page + " passes=" + results.getPasses().size() + " violations="
        + results.getViolations().stream().map(rule -> rule.getId() + "(" + rule.getImpact() + ")")
            .collect(Collectors.joining(",", "[", "]"))
        + " incomplete=" + results.getIncomplete().size() + "\n";
    try {
      Files.createDirectories(REPORTS);
      Files.writeString(REPORTS.resolve(page.replace('/', '-') + ".txt"), summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
