package jp.vaccinationoffice.caseserver.modeleffects;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.delegate.VariableScope;

/**
 * The fields a form-js form declares (key, type, allowed values and its {@code validate} rules) and
 * the check of a task's variables against them.
 */
record FormFields(List<Field> fields) {

  static final FormFields NONE = new FormFields(List.of());

  private static final Set<String> CHOICE_TYPES = Set.of("select", "radio", "checkbox");

  record Field(String key, String type, boolean required, boolean conditional, Set<String> values,
      String pattern, Integer minLength, Integer maxLength, Double min, Double max) {

    boolean isChoice() {
      return CHOICE_TYPES.contains(type);
    }
  }

  static FormFields of(JsonNode form) {
    List<Field> fields = new ArrayList<>();
    collect(form.path("components"), fields);
    return new FormFields(List.copyOf(fields));
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      collect(component.path("components"), fields);
      if (!component.hasNonNull("key") || component.path("disabled").asBoolean(false)
          || component.path("readonly").asBoolean(false)) {
        continue;
      }
      JsonNode validate = component.path("validate");
      Set<String> values = new LinkedHashSet<>();
      component.path("values").forEach(v -> values.add(v.path("value").asText()));
      fields.add(new Field(component.get("key").asText(), component.path("type").asText(),
          validate.path("required").asBoolean(false), component.has("conditional"), values,
          validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
          validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
          validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
          validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
          validate.hasNonNull("max") ? validate.get("max").asDouble() : null));
    }
  }

  /** Refuses, naming the field, a value the form would not let a clerk enter. */
  void check(VariableScope variables) {
    for (Field field : fields) {
      Object value = variables.getVariable(field.key());
      if (value == null || "".equals(value)) {
        if (field.required() && !field.conditional()) {
          throw new BadUserRequestException(field.key() + " is required");
        }
        continue;
      }
      checkValue(field, value);
    }
  }

  private static void checkValue(Field field, Object value) {
    switch (field.type()) {
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          throw new BadUserRequestException(field.key() + " must be true or false");
        }
      }
      case "number" -> {
        if (!(value instanceof Number number)) {
          throw new BadUserRequestException(field.key() + " must be a number");
        }
        if ((field.min() != null && number.doubleValue() < field.min())
            || (field.max() != null && number.doubleValue() > field.max())) {
          throw new BadUserRequestException(field.key() + " is out of range");
        }
      }
      default -> checkText(field, value);
    }
  }

  private static void checkText(Field field, Object value) {
    if (!(value instanceof String text)) {
      throw new BadUserRequestException(field.key() + " must be text");
    }
    if (!field.values().isEmpty() && !field.values().contains(text)) {
      throw new BadUserRequestException(field.key() + " must be one of " + field.values());
    }
    if (field.pattern() != null && !text.matches(field.pattern())) {
      throw new BadUserRequestException(field.key() + " does not have the form's format");
    }
    if ((field.minLength() != null && text.length() < field.minLength())
        || (field.maxLength() != null && text.length() > field.maxLength())) {
      throw new BadUserRequestException(field.key() + " has the wrong length");
    }
  }

  /** The values of the choice fields, which are codes and flags, never personal data. */
  Map<String, Object> choices(VariableScope variables) {
    Map<String, Object> choices = new LinkedHashMap<>();
    for (Field field : fields) {
      Object value = variables.getVariable(field.key());
      if (field.isChoice() && value != null) {
        choices.put(field.key(), value);
      }
    }
    return choices;
  }
}
