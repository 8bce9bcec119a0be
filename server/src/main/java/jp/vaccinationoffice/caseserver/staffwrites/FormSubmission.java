package jp.vaccinationoffice.caseserver.staffwrites;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.forms.FieldError;
import jp.vaccinationoffice.caseserver.forms.FormField;
import jp.vaccinationoffice.caseserver.forms.TaskForm;

/**
 * Checks the variables of a task completion request against the task's form: only its fields, each
 * given as a plain {@code {"value": ...}} of the field's type, and the values by the form's rules.
 */
final class FormSubmission {

  private FormSubmission() {}

  /** Refused with 403 when a variable is not a field of the form, with 400 when a field's value is wrong. */
  static Optional<Refusal> check(TaskForm form, JsonNode variables) {
    if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
      return Optional.of(invalid(List.of(new FieldError("variables", "variables must be a JSON object"))));
    }
    List<String> undeclared = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> values = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> submitted = variables.fields(); submitted.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = submitted.next();
      FormField field = form.fields().get(variable.getKey());
      if (field == null) {
        undeclared.add(variable.getKey());
      } else {
        Optional<FieldError> wrapping = wrapping(field, variable.getValue());
        wrapping.ifPresent(errors::add);
        if (wrapping.isEmpty()) {
          values.put(field.key(), value(variable.getValue().path("value")));
        }
      }
    }
    if (!undeclared.isEmpty()) {
      return Optional.of(new Refusal(403, "variable-not-in-form", "Not a field of this task's form",
          "Completing a task sets only the fields of its form (" + String.join(", ", form.fields().keySet())
              + "); not " + String.join(", ", undeclared) + ".",
          Map.of("variables", undeclared)));
    }
    List<String> alreadyRefused = errors.stream().map(FieldError::field).toList();
    form.problems(values::get).stream().filter(error -> !alreadyRefused.contains(error.field())).forEach(errors::add);
    return errors.isEmpty() ? Optional.empty() : Optional.of(invalid(errors));
  }

  private static Refusal invalid(List<FieldError> errors) {
    List<Map<String, String>> listed = errors.stream()
        .map(error -> {
          Map<String, String> entry = new LinkedHashMap<>();
          entry.put("field", error.field());
          entry.put("message", error.message());
          return entry;
        })
        .toList();
    String detail = String.join("; ", errors.stream().map(FieldError::message).toList()) + ".";
    return new Refusal(400, "form-field-invalid", "Form fields missing or invalid", detail, Map.of("errors", listed));
  }

  /** What is wrong with how the engine REST API's variable is written, before its value is looked at. */
  private static Optional<FieldError> wrapping(FormField field, JsonNode submitted) {
    String key = field.key();
    if (!submitted.isObject()) {
      return Optional.of(new FieldError(key, key + " must be given as {\"value\": ...}"));
    }
    JsonNode type = submitted.path("type");
    if (!type.isMissingNode() && !type.isNull() && !field.kind().accepts(type.asText())) {
      return Optional.of(new FieldError(key, key + " cannot have the type " + type.asText()));
    }
    JsonNode valueInfo = submitted.path("valueInfo");
    if (valueInfo.isContainerNode() && !valueInfo.isEmpty()) {
      return Optional.of(new FieldError(key, key + " takes a plain value, without valueInfo"));
    }
    return Optional.empty();
  }

  /** The JSON value as the Java value the engine would store; a list or object stays JSON and fits no field. */
  private static Object value(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return value.isNumber() ? value.decimalValue() : value;
  }
}
