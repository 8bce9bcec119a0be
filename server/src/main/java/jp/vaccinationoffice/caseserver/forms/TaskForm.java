package jp.vaccinationoffice.caseserver.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The fields of a task's form (form-js JSON) a clerk can fill in, and the check of their values. */
public final class TaskForm {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TaskForm NONE = new TaskForm(Map.of());

  private final Map<String, FormField> fields;

  private TaskForm(Map<String, FormField> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** The form of a task without a form this server can read: no field may be submitted. */
  public static TaskForm none() {
    return NONE;
  }

  /** @throws IllegalArgumentException when the file is not a form-js form */
  public static TaskForm parse(byte[] formFile) {
    JsonNode form;
    try {
      form = JSON.readTree(formFile);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the form is not JSON", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("the form cannot be read", e);
    }
    if (!form.path("components").isArray()) {
      throw new IllegalArgumentException("the form has no components");
    }
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return new TaskForm(fields);
  }

  public Map<String, FormField> fields() {
    return fields;
  }

  /** The problems of the fields' values: every required field given, every given value by its field's rules. */
  public List<FieldError> problems(Function<String, Object> valueOf) {
    List<FieldError> problems = new ArrayList<>();
    for (FormField field : fields.values()) {
      Object value = valueOf.apply(field.key());
      if (FieldRules.isGiven(value)) {
        FieldRules.problem(field, value).ifPresent(problems::add);
      } else if (field.mustBeGiven()) {
        problems.add(FieldRules.missing(field));
      }
    }
    return problems;
  }

  private static void collect(JsonNode components, Map<String, FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String key = component.path("key").asText(null);
      if (component.path("disabled").asBoolean(false)) {
        continue; // form-js neither shows a disabled field for entry nor submits it
      }
      if ("group".equals(type)) {
        collect(component.path("components"), fields);
      } else if ("dynamiclist".equals(type)) {
        String path = component.path("path").asText(null);
        if (path != null) {
          fields.put(path, field(path, component, FormField.Kind.UNSUPPORTED));
        }
      } else if (key != null && !key.isBlank()) {
        fields.put(key, field(key, component, kindOf(type, component)));
      }
    }
  }

  private static FormField.Kind kindOf(String type, JsonNode component) {
    return switch (type) {
      case "textfield", "textarea", "datetime" -> FormField.Kind.TEXT;
      case "number" -> FormField.Kind.NUMBER;
      case "checkbox" -> FormField.Kind.BOOLEAN;
      case "select", "radio" -> component.path("values").isArray() ? FormField.Kind.CHOICE : FormField.Kind.UNSUPPORTED;
      default -> FormField.Kind.UNSUPPORTED;
    };
  }

  private static FormField field(String key, JsonNode component, FormField.Kind kind) {
    JsonNode validate = component.path("validate");
    Set<String> values = new LinkedHashSet<>();
    component.path("values").forEach(value -> values.add(value.path("value").asText()));
    return new FormField(key, component.path("label").asText(key), kind, validate.path("required").asBoolean(false),
        component.hasNonNull("conditional"), Collections.unmodifiableSet(values), pattern(validate.path("pattern")),
        integer(validate.path("minLength")), integer(validate.path("maxLength")), decimal(validate.path("min")),
        decimal(validate.path("max")));
  }

  private static Pattern pattern(JsonNode pattern) {
    if (!pattern.isTextual() || pattern.asText().isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile(pattern.asText());
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("the form has a pattern that is not a regular expression", e);
    }
  }

  private static Integer integer(JsonNode value) {
    return value.isNumber() ? value.intValue() : null;
  }

  private static BigDecimal decimal(JsonNode value) {
    return value.isNumber() ? value.decimalValue() : null;
  }
}
