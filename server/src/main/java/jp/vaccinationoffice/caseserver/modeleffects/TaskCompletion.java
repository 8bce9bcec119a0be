package jp.vaccinationoffice.caseserver.modeleffects;

import java.util.Map;

/**
 * A user task completed: the journal step its model declares, who completed it, the values of the
 * form's choice fields (select, radio, checkbox), which never hold personal data, and the values of
 * its text fields ({@code entries}), which the form's patterns restrict (item numbers, say) and which
 * are never journalled.
 */
public record TaskCompletion(String taskKey, String step, String actor, Map<String, Object> choices,
    Map<String, Object> entries) {

  public TaskCompletion {
    choices = Map.copyOf(choices);
    entries = Map.copyOf(entries);
  }

  public TaskCompletion(String taskKey, String step, String actor, Map<String, Object> choices) {
    this(taskKey, step, actor, choices, Map.of());
  }

  public Object choice(String key) {
    return choices.get(key);
  }

  /** A text field's value as entered, or null when it was left empty. */
  public String entry(String key) {
    return entries.get(key) instanceof String text && !text.isBlank() ? text : null;
  }

  /** The choices as one line for the journal, in the form's order of keys sorted by name. */
  public String detail() {
    return choices.isEmpty() ? null : new java.util.TreeMap<>(choices).toString();
  }
}
