package jp.vaccinationoffice.caseserver.personalinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.api.FieldProblems.FieldProblem;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Correction;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.CorrectionItem;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Disclosure;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Requester;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Subject;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Suspension;
import org.junit.jupiter.api.Test;

/** Each refused item of a disclosure, correction or suspension request is named by its field, in English and in Japanese. */
class RequestValidationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private final RequestValidation validation = new RequestValidation(
      Clock.fixed(Instant.parse("2026-12-06T01:00:00Z"), ZoneId.of("Asia/Tokyo")));

  @Test
  void everyRefusedItemOfADisclosureRequestIsNamedWithAJapaneseMessage() {
    ApiException refused = catchThrowableOfType(ApiException.class, () -> validation.validate(
        new PersonalInformationRequest("DISCLOSURE", "FAX", TODAY.plusDays(1),
            new Requester("NEIGHBOUR", "", "花子", "やまだ", "ハナコ", LocalDate.of(1980, 4, 1), "防府市", "電話"),
            new Subject("1234", null, null, null, null, null),
            new Disclosure(List.of(), "SHOUT"), null, null)));

    assertThat(FieldProblems.of(refused)).extracting(FieldProblem::field).containsExactly("channel",
        "requester.relationship", "requester.phone", "requester.familyName", "requester.familyNameKana",
        "subject.myNumber", "receivedOn", "disclosure.records", "disclosure.method");
    assertThat(FieldProblems.of(refused)).extracting(FieldProblem::message).containsExactly("受付の方法を選んでください。",
        "請求者と本人との関係（本人・法定代理人・任意代理人）を選んでください。",
        "電話番号を数字（ハイフンは可）で入力してください（例：0835-25-2111）。", "入力してください。",
        "全角カタカナで入力してください。", "個人番号は12桁の数字で入力してください。", "受付日に未来の日付は指定できません。",
        "開示を求める記録を1つ以上選んでください。", "開示の実施方法を選んでください。");
    assertThat(refused.getMessage()).startsWith("channel must be one of COUNTER, MAIL, ONLINE; requester.relationship")
        .doesNotContain("1234", "NEIGHBOUR");
  }

  @Test
  void theRowsOfACorrectionAndTheChoicesOfASuspensionAreNamedOneByOne() {
    ApiException correction = catchThrowableOfType(ApiException.class, () -> validation.validate(
        new PersonalInformationRequest("CORRECTION", "COUNTER", TODAY, self(), subject(), null,
            new Correction(List.of(new CorrectionItem("LEDGER_DOSE", "2", "LOT_NUMBER", "FA5679"),
                new CorrectionItem("LEDGER_DOSE", "9", "VACCINATION_DATE", "昨日")), "転記誤り"), null)));
    assertThat(FieldProblems.of(correction)).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("correction.records[1].reference", "接種回（1〜7）を選んでください。"),
        org.assertj.core.groups.Tuple.tuple("correction.records[1].requestedValue", "接種日は 2021-06-01 の形で入力してください。"));

    ApiException suspension = catchThrowableOfType(ApiException.class, () -> validation.validate(
        new PersonalInformationRequest("SUSPENSION", "MAIL", TODAY, self(), subject(),
            new Disclosure(List.of("CASES"), "VIEW"), null, new Suspension("FORGET", null))));
    assertThat(FieldProblems.of(suspension)).extracting(FieldProblem::field).containsExactly("disclosure",
        "suspension.measure", "suspension.ground");
    assertThat(FieldProblems.of(suspension)).extracting(FieldProblem::message).containsExactly(
        "この種類の請求には入力しない項目です。", "求める措置（利用の停止・消去・提供の停止）を選んでください。",
        "請求の理由（法律が認める理由）を選んでください。");
  }

  @Test
  void theFourBasicItemsOfThePersonAreCheckedLikeTheRequesters() {
    ApiException refused = catchThrowableOfType(ApiException.class, () -> validation.validate(
        new PersonalInformationRequest("DISCLOSURE", "COUNTER", TODAY, self(),
            new Subject(null, "山田", "", LocalDate.of(2027, 1, 1), null, "防府市"),
            new Disclosure(List.of("CASES", "CASES"), "VIEW"), null, null)));

    assertThat(FieldProblems.of(refused)).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("subject.birthDate", "生年月日として正しい日付を入力してください。"),
        org.assertj.core.groups.Tuple.tuple("subject.sex", "性別を選んでください。"),
        org.assertj.core.groups.Tuple.tuple("subject.givenName", "入力してください。"),
        org.assertj.core.groups.Tuple.tuple("receivedOn", "受付日が本人の生年月日より前になっています。"),
        org.assertj.core.groups.Tuple.tuple("disclosure.records", "同じ記録が2回選ばれています。"));
  }

  private static Requester self() {
    return new Requester("SELF", "山田", "花子", "ヤマダ", "ハナコ", LocalDate.of(1980, 4, 1), "山口県防府市寿町7番1号",
        "0835-25-2111");
  }

  private static Subject subject() {
    return new Subject(null, "山田", "花子", LocalDate.of(1980, 4, 1), "FEMALE", "山口県防府市寿町7番1号");
  }
}
