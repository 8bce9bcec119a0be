package jp.vaccinationoffice.caseserver.staffwrites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.forms.TaskForm;
import jp.vaccinationoffice.caseserver.support.RepositoryModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The office's own forms, read from forms/, decide what a completion may set. */
class FormSubmissionTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "verify-identity   | {\"numberDocument\":{\"value\":\"MY_NUMBER_CARD\"},\"identityDocument\":{\"value\":\"PASSPORT\"}} | ok",
      "verify-identity   | {\"numberDocument\":{\"value\":\"LIBRARY_CARD\"},\"identityDocument\":{\"value\":\"PASSPORT\"}} | 400 numberDocument",
      "verify-identity   | {\"numberDocument\":{\"value\":\"MY_NUMBER_CARD\"}} | 400 identityDocument",
      "verify-identity   | {} | 400 numberDocument",
      "verify-identity   | {\"numberDocument\":{\"value\":\"NONE\"},\"identityDocument\":{\"value\":\"NONE\"},\"municipalityCode\":{\"value\":\"352021\"}} | 403 municipalityCode",
      "confirm-consent   | {\"consentAnswer\":{\"value\":\"CONFIRMED\"}} | ok",
      "confirm-consent   | {\"consentAnswer\":{\"value\":true}} | 400 consentAnswer",
      "confirm-consent   | {\"consentAnswer\":{\"value\":\"CONFIRMED\",\"type\":\"Json\"}} | 400 consentAnswer",
      "resolve-not-found | {\"action\":{\"value\":\"CLOSE\"}} | ok",
      "resolve-not-found | {\"action\":{\"value\":\"RETRY_WITH_CODE\"},\"correctedMunicipalityCode\":{\"value\":\"352021\"}} | ok",
      "resolve-not-found | {\"action\":{\"value\":\"RETRY_WITH_CODE\"},\"correctedMunicipalityCode\":{\"value\":\"3520\"}} | 400 correctedMunicipalityCode",
      "resolve-not-found | {\"correctedMunicipalityCode\":{\"value\":\"352021\"}} | 400 action",
      "approve-provision | {\"decision\":{\"value\":\"APPROVE\"}} | ok",
      "approve-provision | {\"decision\":{\"value\":\"MAYBE\"}} | 400 decision",
      "approve-provision | {\"decision\":{\"value\":\"APPROVE\",\"valueInfo\":{\"objectTypeName\":\"x\"}}} | 400 decision",
      "approve-provision | {\"decision\":\"APPROVE\"} | 400 decision"})
  void checksACompletionAgainstTheForm(String form, String variables, String expected) throws Exception {
    Optional<Refusal> refusal = FormSubmission.check(form(form), JSON.readTree(variables));
    if ("ok".equals(expected)) {
      assertThat(refusal).isEmpty();
      return;
    }
    String[] statusAndField = expected.split(" ");
    assertThat(refusal).hasValueSatisfying(problem -> {
      assertThat(problem.status()).isEqualTo(Integer.parseInt(statusAndField[0]));
      assertThat(problem.detail()).contains(statusAndField[1]);
    });
  }

  @Test
  void aTextFieldNeverTakesAnIndividualNumber() throws Exception {
    TaskForm form = TaskForm.parse("""
        {"components": [{"type": "textfield", "key": "remark", "label": "Remark"},
          {"type": "group", "components": [{"type": "textarea", "key": "note", "label": "Note"}]},
          {"type": "checklist", "key": "items", "label": "Items", "values": [{"label": "A", "value": "A"}]}]}""".getBytes());
    assertThat(form.fields()).containsOnlyKeys("remark", "note", "items");
    assertThat(FormSubmission.check(form, JSON.readTree("{\"note\":{\"value\":\"１２３４５６７８９０１８\"}}")))
        .hasValueSatisfying(problem -> assertThat(problem.detail()).contains("note").doesNotContain("１２３４"));
    assertThat(FormSubmission.check(form, JSON.readTree("{\"remark\":{\"value\":\"receipt 123456789012\"}}"))).isEmpty();
    assertThat(FormSubmission.check(form, JSON.readTree("{\"items\":{\"value\":\"[\\\"A\\\"]\",\"type\":\"Json\"}}")))
        .hasValueSatisfying(problem -> assertThat(problem.status()).isEqualTo(400));
  }

  @Test
  void aTaskWithoutAReadableFormTakesNoVariables() throws Exception {
    JsonNode anything = JSON.readTree("{\"decision\":{\"value\":\"APPROVE\"}}");
    assertThat(FormSubmission.check(TaskForm.none(), anything)).hasValueSatisfying(problem ->
        assertThat(problem.status()).isEqualTo(403));
    assertThat(FormSubmission.check(TaskForm.none(), JSON.readTree("{}"))).isEmpty();
  }

  private static TaskForm form(String id) throws Exception {
    return TaskForm.parse(Files.readAllBytes(RepositoryModels.FORMS.resolve(id + ".form")));
  }
}
