package jp.vaccinationoffice.caseserver.certificates;

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

/** Each refused item of a certificate request is named by its field, in English for the API and in Japanese for the screen. */
class CertificateRequestValidationTest {

  private final CertificateRequestValidation validation = new CertificateRequestValidation(
      Clock.fixed(Instant.parse("2026-12-06T01:00:00Z"), ZoneId.of("Asia/Tokyo")));

  @Test
  void aCompleteRequestByMailForTravelPassesNormalised() {
    CertificateRequest valid = validation.validate(new CertificateRequest(CertificateChannel.MAIL, CertificateUse.OVERSEAS,
        myNumber(), applicant("ヤマダ"), new Passport(" tk1234567 ", "jpn", "yamada", "hanako", null),
        new CertificateRequest.MailTo(" 747-8501 ", "山口県防府市寿町7番1号"))).request();

    assertThat(valid.passport()).isEqualTo(new Passport("TK1234567", "JPN", "YAMADA", "HANAKO", null));
    assertThat(valid.mailTo().postalCode()).isEqualTo("747-8501");
  }

  @Test
  void everyRefusedItemOfATravelRequestByMailIsNamedWithAJapaneseMessage() {
    ApiException refused = catchThrowableOfType(ApiException.class, () -> validation.validate(new CertificateRequest(
        CertificateChannel.MAIL, CertificateUse.OVERSEAS, "12345", applicant("やまだ"),
        new Passport("TK12", "JPN", "山田", null, null), new CertificateRequest.MailTo("7478", ""))));

    assertThat(FieldProblems.of(refused)).extracting(FieldProblem::field).containsExactly("myNumber",
        "applicant.familyNameKana", "passport.number", "passport.familyNameRoman", "passport.givenNameRoman",
        "mailTo.postalCode", "mailTo.address");
    assertThat(FieldProblems.of(refused)).extracting(FieldProblem::message).containsExactly(
        "個人番号は12桁の数字で入力してください。", "全角カタカナで入力してください。",
        "日本の旅券番号は英字2文字と数字7桁です（例：TK1234567）。",
        "ローマ字（A〜Z、空白、ハイフン、アポストロフィ）で100文字以内で入力してください。", "旅券のとおりローマ字で入力してください。",
        "郵便番号を7桁で入力してください（例：747-8501）。", "入力してください。");
    assertThat(refused.getMessage()).startsWith("myNumber must be exactly 12 digits; applicant.familyNameKana must be")
        .doesNotContain("12345", "TK12");
  }

  @Test
  void aPassportOrAMailingAddressTheRequestDoesNotTakeIsRefusedAndTheChoicesAreRequired() {
    ApiException missing = catchThrowableOfType(ApiException.class, () -> validation.validate(
        new CertificateRequest(null, null, myNumber(), applicant("ヤマダ"), null, null)));
    assertThat(FieldProblems.of(missing)).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("channel", "受付の方法（窓口・郵送）を選んでください。"),
        org.assertj.core.groups.Tuple.tuple("use", "証明書の用途（国内用・海外用）を選んでください。"));

    ApiException extra = catchThrowableOfType(ApiException.class, () -> validation.validate(new CertificateRequest(
        CertificateChannel.KIOSK, CertificateUse.DOMESTIC, myNumber(), applicant("ヤマダ"),
        new Passport("TK1234567", "JPN", "YAMADA", "HANAKO", null), new CertificateRequest.MailTo("747-8501", "防府市"))));
    assertThat(FieldProblems.of(extra)).extracting(FieldProblem::field).containsExactly("channel", "passport", "mailTo");
    assertThat(FieldProblems.of(extra)).extracting(FieldProblem::message).allSatisfy(message ->
        assertThat(message).matches(".*[ぁ-んァ-ン一-龥].*"));
  }

  private static CertificateRequest.Applicant applicant(String familyNameKana) {
    return new CertificateRequest.Applicant("山田", "花子", familyNameKana, "ハナコ", LocalDate.of(1980, 4, 1), "FEMALE",
        "山口県防府市寿町7番1号");
  }

  private static String myNumber() {
    return "35206300001" + MyNumber.checkDigit("35206300001");
  }
}
