package jp.vaccinationoffice.caseserver.portal.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import org.junit.jupiter.api.Test;

/** The intakes' problems, said in Japanese by form field, in the order of the form. */
class ProblemMessagesTest {

  @Test
  void eachProblemGoesToItsFieldInTheFormsOrderMissingAndWrongSaidApart() {
    ApiException refused = ApiException.badRequest("requester.phone must be a Japanese telephone number (digits,"
        + " optionally with hyphens); requester.address is required; correction.records[0].requestedValue must be a"
        + " date (yyyy-MM-dd) for VACCINATION_DATE; correction.records[0].reference must be the dose number (1 to 7)");

    Map<String, String> errors = ProblemMessages.of(refused, Procedure.CORRECTION.allowedFields());

    assertThat(errors.keySet()).containsExactly("address", "phone", "doseNumber", "requestedValue");
    assertThat(errors.get("address")).isEqualTo("連絡先の住所を入力してください。");
    assertThat(errors.get("phone")).startsWith("電話番号は、数字");
    assertThat(errors.get("requestedValue")).contains("2021-06-14");
  }

  @Test
  void aProblemOfNoFieldAndARefusalOfTheWholeRequestAreSaidAboveTheForm() {
    Map<String, String> notHeld = ProblemMessages.of(ApiException.badRequest("subject: this municipality holds no"
        + " records of the person"), Procedure.DISCLOSURE.allowedFields());
    Map<String, String> stopped = ProblemMessages.of(ApiException.conflict("the use of this person's information is"
        + " stopped").with("restriction", "STOP_USE"), Procedure.CERTIFICATE_DOMESTIC.allowedFields());

    assertThat(notHeld).containsOnlyKeys("");
    assertThat(notHeld.get("")).contains("予防接種台帳にあなたの記録が見つかりませんでした");
    assertThat(stopped).containsOnlyKeys("");
    assertThat(stopped.get("")).contains("利用停止の決定により");
  }
}
