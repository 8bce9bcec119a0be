package jp.vaccinationoffice.modelchecks.lint;

/**
 * One broken rule.
 *
 * @param file path relative to the models' root, e.g. {@code processes/move-in-record-query.bpmn}
 * @param line 1-based line of the element (or of the syntax error), {@code null} where unknown
 * @param elementId id of the offending element, {@code null} for a file that could not be read
 */
public record Violation(String file, Integer line, String elementId, Rule rule, String message) {

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line != null) {
      text.append(':').append(line);
    }
    if (elementId != null) {
      text.append(" [").append(elementId).append(']');
    }
    return text.append(' ').append(message).append(" (").append(rule.code()).append(')').toString();
  }
}
