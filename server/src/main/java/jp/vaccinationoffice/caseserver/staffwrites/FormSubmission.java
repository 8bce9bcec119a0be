package jp.vaccinationoffice.caseserver.staffwrites;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.common.MyNumber;

/**
 * Checks the variables of a task completion against the task's form: only its fields, each with a
 * value of the field's type, one of its listed values, within its limits, and every required one.
 */
final class FormSubmission {

  /** One field's problem; {@code field} is the variable name. */
  record FieldError(String field, String message) {}

  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){11}(?![0-9])");

  private FormSubmission() {}

  /** Refused with 403 when a variable is not a field of the form, with 400 when a field's value is wrong. */
  static Optional<Refusal> check(TaskForm form, JsonNode variables) {
    if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
      return Optional.of(invalid(List.of(new FieldError("variables", "variables must be a JSON object"))));
    }
    List<String> undeclared = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> submitted = variables.fields(); submitted.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = submitted.next();
      FormField field = form.fields().get(variable.getKey());
      if (field == null) {
        undeclared.add(variable.getKey());
      } else {
        error(field, variable.getValue()).ifPresent(errors::add);
      }
    }
    if (!undeclared.isEmpty()) {
      return Optional.of(new Refusal(403, "variable-not-in-form", "Not a field of this task's form",
          "Completing a task sets only the fields of its form (" + String.join(", ", form.fields().keySet())
              + "); not " + String.join(", ", undeclared) + ".",
          Map.of("variables", undeclared)));
    }
    for (FormField field : form.fields().values()) {
      if (field.mustBeGiven() && isEmpty(variables.path(field.key()).path("value"))) {
        errors.add(new FieldError(field.key(), field.key() + " is required (" + field.label() + ")"));
      }
    }
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

  private static Optional<FieldError> error(FormField field, JsonNode submitted) {
    String key = field.key();
    if (!submitted.isObject()) {
      return fail(key, key + " must be given as {\"value\": ...}");
    }
    JsonNode type = submitted.path("type");
    if (!type.isMissingNode() && !type.isNull() && !field.kind().accepts(type.asText())) {
      return fail(key, key + " cannot have the type " + type.asText());
    }
    JsonNode valueInfo = submitted.path("valueInfo");
    if (valueInfo.isContainerNode() && !valueInfo.isEmpty()) {
      return fail(key, key + " takes a plain value, without valueInfo");
    }
    JsonNode value = submitted.path("value");
    if (value.isNull() || value.isMissingNode()) {
      return Optional.empty();
    }
    return switch (field.kind()) {
      case TEXT -> text(field, value);
      case CHOICE -> value.isTextual() && field.values().contains(value.textValue()) ? Optional.empty()
          : fail(key, key + " must be one of " + String.join(", ", field.values()));
      case BOOLEAN -> value.isBoolean() ? Optional.empty() : fail(key, key + " must be true or false");
      case NUMBER -> number(field, value);
      case UNSUPPORTED -> fail(key, key + " cannot be set through this server");
    };
  }

  private static Optional<FieldError> text(FormField field, JsonNode value) {
    String key = field.key();
    if (!value.isTextual()) {
      return fail(key, key + " must be a string");
    }
    String text = value.textValue();
    if (field.minLength() != null && text.length() < field.minLength()
        || field.maxLength() != null && text.length() > field.maxLength()) {
      return fail(key, key + " has a length outside the form's limits");
    }
    if (field.pattern() != null && !text.isEmpty() && !field.pattern().matcher(text).find()) {
      return fail(key, key + " does not have the form's format");
    }
    if (containsMyNumber(text)) {
      return fail(key, key + " must not hold an individual number (My Number)");
    }
    return Optional.empty();
  }

  private static Optional<FieldError> number(FormField field, JsonNode value) {
    String key = field.key();
    if (!value.isNumber()) {
      return fail(key, key + " must be a number");
    }
    BigDecimal number = value.decimalValue();
    if (field.min() != null && number.compareTo(field.min()) < 0
        || field.max() != null && number.compareTo(field.max()) > 0) {
      return fail(key, key + " is outside the form's limits");
    }
    return Optional.empty();
  }

  /** Twelve digits standing alone (spaces or hyphens between them allowed) that form a valid individual number. */
  private static boolean containsMyNumber(String text) {
    StringBuilder ascii = new StringBuilder(text.length());
    text.codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c).forEach(ascii::appendCodePoint);
    Matcher twelve = TWELVE_DIGITS.matcher(ascii);
    while (twelve.find()) {
      if (MyNumber.isValid(twelve.group().replaceAll("[ -]", ""))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEmpty(JsonNode value) {
    return value.isMissingNode() || value.isNull() || value.isTextual() && value.textValue().isBlank();
  }

  private static Optional<FieldError> fail(String field, String message) {
    return Optional.of(new FieldError(field, message));
  }
}
