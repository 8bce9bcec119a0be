package jp.vaccinationoffice.caseserver.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one value may be for one field, written once for the engine's completion check and the staff's requests. */
class TaskFormTest {

  private static final TaskForm FORM = TaskForm.parse("""
      {"components": [
        {"type": "text", "text": "### heading"},
        {"type": "textfield", "key": "remark", "label": "Remark",
          "validate": {"pattern": "^[A-Z]+$", "minLength": 2, "maxLength": 5}},
        {"type": "group", "components": [
          {"type": "textarea", "key": "note", "label": "Note", "validate": {"required": true}}]},
        {"type": "number", "key": "doses", "label": "Doses", "validate": {"min": 1, "max": 5}},
        {"type": "checkbox", "key": "confirmed", "label": "Confirmed"},
        {"type": "radio", "key": "action", "label": "Action",
          "values": [{"label": "Close", "value": "CLOSE"}, {"label": "Retry", "value": "RETRY"}]},
        {"type": "textfield", "key": "code", "label": "Code", "validate": {"required": true},
          "conditional": {"hide": "=action != \\"RETRY\\""}},
        {"type": "checklist", "key": "items", "label": "Items", "values": [{"label": "A", "value": "A"}]},
        {"type": "textfield", "key": "shown", "label": "Shown", "disabled": true}]}""".getBytes());

  @Test
  void readsTheFieldsAClerkFillsInAtAnyDepth() {
    assertThat(FORM.fields()).containsOnlyKeys("remark", "note", "doses", "confirmed", "action", "code", "items");
    assertThat(FORM.fields().get("action").values()).containsExactly("CLOSE", "RETRY");
    assertThat(FORM.fields().get("action").isChoice()).isTrue();
    assertThat(FORM.fields().get("confirmed").isChoice()).isTrue();
    assertThat(FORM.fields().get("remark").isChoice()).isFalse();
  }

  @ParameterizedTest(name = "{0} = {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "remark    | AB                  | ok",
      "remark    | ab                  | does not have the form's format",
      "remark    | A                   | has a length outside the form's limits",
      "remark    | ABCDEF              | has a length outside the form's limits",
      "note      | receipt 123456789012 | ok",
      "note      | １２３４５６７８９０１８ | must not hold an individual number (My Number)",
      "note      | 1234 5678 9018      | must not hold an individual number (My Number)",
      "action    | RETRY               | ok",
      "action    | MAYBE               | must be one of CLOSE, RETRY",
      "code      | 352021              | ok"})
  void checksTextByTheFormsRules(String field, String value, String expected) {
    assertProblem(field, value, expected);
  }

  @Test
  void checksTheTypeAndLimitsOfOtherValues() {
    assertProblem("doses", 3, "ok");
    assertProblem("doses", new BigDecimal("5.0"), "ok");
    assertProblem("doses", 0L, "is outside the form's limits");
    assertProblem("doses", 5.5d, "is outside the form's limits");
    assertProblem("doses", Double.NaN, "must be a number");
    assertProblem("doses", "3", "must be a number");
    assertProblem("confirmed", true, "ok");
    assertProblem("confirmed", "true", "must be true or false");
    assertProblem("remark", 12, "must be a string");
    assertProblem("action", List.of("CLOSE"), "must be one of CLOSE, RETRY");
    assertProblem("items", "A", "cannot be set through this server");
  }

  @Test
  void requiresEveryRequiredFieldThatIsNotConditional() {
    assertThat(FORM.problems(Map.of("note", "x")::get)).isEmpty();
    assertThat(FORM.problems(Map.<String, Object>of()::get)).containsExactly(
        new FieldError("note", "「Note」を入力してください（note is required (Note)）"));
    assertThat(FORM.problems(Map.of("note", " \u3000")::get)).extracting(FieldError::field).containsExactly("note");
    assertThat(FORM.problems(Map.of("note", "x", "remark", "a", "doses", 9)::get))
        .extracting(FieldError::field).containsExactly("remark", "doses");
  }

  @Test
  void aMessageNeverRepeatsTheValue() {
    assertThat(FORM.problems(Map.of("note", "１２３４５６７８９０１８")::get))
        .singleElement().satisfies(error -> assertThat(error.message()).doesNotContain("１２３４"));
  }

  @Test
  void refusesAFileThatIsNoForm() {
    assertThatThrownBy(() -> TaskForm.parse("[1".getBytes())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaskForm.parse("{}".getBytes())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaskForm.parse("""
        {"components": [{"type": "textfield", "key": "a", "validate": {"pattern": "("}}]}""".getBytes()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TaskForm.none().fields()).isEmpty();
  }

  private static void assertProblem(String field, Object value, String expected) {
    var problem = FieldRules.problem(FORM.fields().get(field), value);
    if ("ok".equals(expected)) {
      assertThat(problem).isEmpty();
    } else {
      // Japanese with the field's label for staff, then the English with the key for API clients
      assertThat(problem).hasValueSatisfying(error -> {
        assertThat(error.field()).isEqualTo(field);
        assertThat(error.message()).startsWith("「").endsWith("（" + field + " " + expected + "）");
      });
    }
  }
}
