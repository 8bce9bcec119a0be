package jp.vaccinationoffice.caseserver.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.api.FieldProblems.FieldProblem;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.Test;

/** Each refused item of a move-in request is named by its field, in English and in Japanese. */
class MoveInRequestValidationTest {

  private static final String OWN = "352063";
  private static final String PREVIOUS = "352021";

  private final MoveInRequestValidation validation = new MoveInRequestValidation(
      Clock.fixed(Instant.parse("2026-12-06T01:00:00Z"), ZoneId.of("Asia/Tokyo")));

  @Test
  void aCompleteRequestPassesTrimmedAndNormalised() {
    MoveInRequestValidation.Validated valid = validation.validate(request(" 山田 ", "タロウ", myNumber()), OWN);

    assertThat(valid.request().resident().familyName()).isEqualTo("山田");
  }

  @Test
  void everyRefusedItemIsNamedByItsFieldWithAJapaneseMessage() {
    MoveInRequest request = new MoveInRequest(OWN, "12345",
        new MoveInRequest.Resident("", "太郎", "やまだ", "タロウ", LocalDate.of(2030, 1, 1), "X", "防府市寿町1-1"),
        new MoveInRequest.Consent(false, LocalDate.of(2027, 1, 1), null));

    ApiException refused = catchThrowableOfType(ApiException.class, () -> validation.validate(request, OWN));

    assertThat(FieldProblems.of(refused)).extracting(FieldProblem::field).containsExactly(
        "myNumber", "previousMunicipalityCode", "resident.familyName", "resident.familyNameKana",
        "resident.birthDate", "resident.sex", "consent.given", "consent.signedOn", "consent.formReceived",
        "consent.signedOn");
    assertThat(FieldProblems.of(refused)).extracting(FieldProblem::message).containsExactly(
        "個人番号は12桁の数字で入力してください。", "転入前の市区町村に、この市の団体コードは指定できません。",
        "入力してください。", "全角カタカナで入力してください。", "生年月日として正しい日付を入力してください。",
        "性別を選んでください。", "接種記録の照会は、本人の同意がある場合にだけできます。", "同意日に未来の日付は指定できません。",
        "同意書を受け取ったかどうかを選んでください。", "同意日が生年月日より前になっています。");
    assertThat(refused.getMessage()).startsWith("myNumber must be exactly 12 digits; previousMunicipalityCode is")
        .contains("resident.familyName is required");
  }

  @Test
  void aWrongCheckDigitAndAControlCharacterAreToldInJapanese() {
    String number = myNumber();
    String wrong = number.substring(0, 11) + (char) ('0' + (number.charAt(11) - '0' + 1) % 10);

    ApiException refused = catchThrowableOfType(ApiException.class,
        () -> validation.validate(request("山\u0007田", "タロウ", wrong), OWN));

    assertThat(FieldProblems.of(refused)).containsExactly(
        new FieldProblem("myNumber", "myNumber has a wrong check digit", "個人番号の検査用数字が合いません。番号を確かめてください。"),
        new FieldProblem("resident.familyName", "resident.familyName contains a control character (U+0007)",
            "改行やタブなどの制御文字は使えません。"));
    assertThat(refused.getMessage()).doesNotContain(wrong);
  }

  private static MoveInRequest request(String familyName, String givenNameKana, String myNumber) {
    return new MoveInRequest(PREVIOUS, myNumber,
        new MoveInRequest.Resident(familyName, "太郎", "ヤマダ", givenNameKana, LocalDate.of(1980, 4, 1), "MALE",
            "防府市寿町1-1"),
        new MoveInRequest.Consent(true, LocalDate.of(2026, 12, 1), true));
  }

  private static String myNumber() {
    String eleven = "12345678901";
    return eleven + MyNumber.checkDigit(eleven);
  }
}
