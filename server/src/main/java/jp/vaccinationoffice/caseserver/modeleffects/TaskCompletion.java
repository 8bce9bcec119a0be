package jp.vaccinationoffice.caseserver.modeleffects;

import java.util.Map;

/**
 * A user task completed: the journal step its model declares, who completed it, and the values of
 * the form's choice fields (select, radio, checkbox), which never hold personal data.
 */
public record TaskCompletion(String taskKey, String step, String actor, Map<String, Object> choices) {

  public TaskCompletion {
    choices = Map.copyOf(choices);
  }

  public Object choice(String key) {
    return choices.get(key);
  }

  /** The choices as one line for the journal, in the form's order of keys sorted by name. */
  public String detail() {
    return choices.isEmpty() ? null : new java.util.TreeMap<>(choices).toString();
  }
}
