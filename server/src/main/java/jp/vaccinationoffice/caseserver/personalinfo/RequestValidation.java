package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.input.FreeText;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Correction;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.CorrectionItem;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Disclosure;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Requester;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Subject;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Suspension;
import jp.vaccinationoffice.common.InvalidIdentifierException;
import jp.vaccinationoffice.common.MyNumber;
import org.springframework.stereotype.Component;

/**
 * Checks a request completely before anything is stored and names every problem found, by field,
 * never by value, in English for the API and in Japanese for the screens. Free text follows {@link FreeText}; the request returned holds it trimmed and in NFC.
 */
@Component
class RequestValidation {

  /** The request as it is stored, and the parsed My Number of the subject (null when given by the four items). */
  record Validated(PersonalInformationRequest request, RequestType type, MyNumber subjectNumber) {}

  /** The first COVID-19 vaccinations in Japan: the office holds no information of this kind from before. */
  static final LocalDate FIRST_VACCINATIONS = LocalDate.of(2021, 2, 17);

  static final Set<String> CHANNELS = Set.of("COUNTER", "MAIL", "ONLINE");
  static final Set<String> RELATIONSHIPS = Set.of("SELF", "LEGAL_REPRESENTATIVE", "AGENT");
  static final Set<String> RECORDS = Set.of("VACCINATION_RECORDS", "CERTIFICATES", "PROVISION_RECORDS", "CASES");
  static final Set<String> METHODS = Set.of("VIEW", "PAPER_COPY", "ELECTRONIC_COPY");
  static final Set<String> CORRECTION_KINDS = Set.of("LEDGER_DOSE");
  static final Set<String> DOSE_ITEMS = Set.of("VACCINATION_DATE", "LOT_NUMBER", "PRODUCT", "MANUFACTURER");
  static final Set<String> MEASURES = Set.of("STOP_USE", "ERASE", "STOP_PROVISION");
  /** The grounds 法第98条第1項 and 番号法 allow; which measure each supports is the decision request-admissible's. */
  static final Set<String> GROUNDS = Set.of("UNLAWFUL_RETENTION", "IMPROPER_USE", "UNLAWFUL_ACQUISITION",
      "PURPOSE_OUTSIDE_USE", "UNLAWFUL_PROVISION", "MY_NUMBER_ACT_VIOLATION");
  private static final Set<String> SEXES = Set.of("MALE", "FEMALE");
  private static final Pattern KATAKANA = Pattern.compile("[\\u30A1-\\u30FA\\u30FC\\u30FD\\u30FE\\u3000 ]+");
  private static final Pattern PHONE = Pattern.compile("0[0-9]{1,4}-?[0-9]{1,4}-?[0-9]{3,4}");
  private static final Pattern DOSE_NUMBER = Pattern.compile("[1-7]");
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
  private static final int MAX_CORRECTIONS = 20;

  private final Clock clock;

  RequestValidation(Clock clock) {
    this.clock = clock;
  }

  Validated validate(PersonalInformationRequest request) {
    if (request == null) {
      throw ApiException.badRequest("the request body is missing");
    }
    FieldProblems problems = new FieldProblems();
    RequestType type = type(request, problems);
    if (request.channel() == null || !CHANNELS.contains(request.channel())) {
      problems.add("channel", "channel must be one of COUNTER, MAIL, ONLINE", "受付の方法を選んでください。");
    }
    Requester requester = requester(request.requester(), problems);
    Subject subject = subject(request.subject(), problems);
    MyNumber number = subjectNumber(request.subject(), problems);
    receivedOn(request.receivedOn(), request.subject(), problems);
    Disclosure disclosure = section(type == RequestType.DISCLOSURE, request.disclosure(), "disclosure", problems)
        ? disclosure(request.disclosure(), problems) : null;
    Correction correction = section(type == RequestType.CORRECTION, request.correction(), "correction", problems)
        ? correction(request.correction(), problems) : null;
    Suspension suspension = section(type == RequestType.SUSPENSION, request.suspension(), "suspension", problems)
        ? suspension(request.suspension(), problems) : null;
    problems.throwIfAny();
    return new Validated(new PersonalInformationRequest(type.name(), request.channel(), request.receivedOn(), requester,
        subject, disclosure, correction, suspension), type, number);
  }

  private static RequestType type(PersonalInformationRequest request, FieldProblems problems) {
    for (RequestType type : RequestType.values()) {
      if (type.name().equals(request.type())) {
        return type;
      }
    }
    problems.add("type", "type must be one of DISCLOSURE, CORRECTION, SUSPENSION", "請求の種類（開示・訂正・利用停止）を選んでください。");
    return null;
  }

  /** Whether the section of the request's type is there; a section of another type is refused. */
  private static boolean section(boolean ofThisType, Object section, String name, FieldProblems problems) {
    if (ofThisType && section == null) {
      problems.add(name, name + " is required for this type of request", "請求の内容を入力してください。");
    } else if (!ofThisType && section != null) {
      problems.add(name, name + " belongs to another type of request", "この種類の請求には入力しない項目です。");
    }
    return ofThisType && section != null;
  }

  private void receivedOn(LocalDate receivedOn, Subject subject, FieldProblems problems) {
    if (receivedOn == null) {
      problems.add("receivedOn", "receivedOn is required", "受付日を入力してください。");
    } else if (receivedOn.isAfter(LocalDate.now(clock))) {
      problems.add("receivedOn", "receivedOn lies in the future", "受付日に未来の日付は指定できません。");
    } else if (receivedOn.isBefore(FIRST_VACCINATIONS)) {
      problems.add("receivedOn", "receivedOn lies before the office held any such information (" + FIRST_VACCINATIONS
          + ")", "受付日が、この事務の情報を保有する前（2021年2月17日より前）になっています。");
    } else if (subject != null && subject.birthDate() != null && receivedOn.isBefore(subject.birthDate())) {
      problems.add("receivedOn", "receivedOn lies before subject.birthDate", "受付日が本人の生年月日より前になっています。");
    }
  }

  private Requester requester(Requester requester, FieldProblems problems) {
    if (requester == null) {
      problems.add("requester", "requester is required", "請求者の情報を入力してください。");
      return null;
    }
    if (requester.relationship() == null || !RELATIONSHIPS.contains(requester.relationship())) {
      problems.add("requester.relationship", "requester.relationship must be one of SELF, LEGAL_REPRESENTATIVE, AGENT",
          "請求者と本人との関係（本人・法定代理人・任意代理人）を選んでください。");
    }
    birthDate(requester.birthDate(), "requester.birthDate", problems);
    String phone = text(requester.phone(), "requester.phone", 20, problems);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add("requester.phone", "requester.phone must be a Japanese telephone number (digits, optionally with hyphens)",
          "電話番号を数字（ハイフンは可）で入力してください（例：0835-25-2111）。");
    }
    return new Requester(requester.relationship(),
        text(requester.familyName(), "requester.familyName", 100, problems),
        text(requester.givenName(), "requester.givenName", 100, problems),
        kana(requester.familyNameKana(), "requester.familyNameKana", problems),
        kana(requester.givenNameKana(), "requester.givenNameKana", problems),
        requester.birthDate(),
        text(requester.address(), "requester.address", 300, problems),
        phone);
  }

  private Subject subject(Subject subject, FieldProblems problems) {
    if (subject == null) {
      problems.add("subject", "subject is required", "本人の情報を入力してください。");
      return null;
    }
    if (subject.myNumber() != null) {
      if (subject.familyName() != null || subject.givenName() != null || subject.birthDate() != null
          || subject.sex() != null || subject.address() != null) {
        problems.add("subject", "subject is given either by myNumber or by the four basic items, not both",
            "本人は、個人番号か基本4情報のどちらか一方で特定してください。");
      }
      return new Subject(subject.myNumber(), null, null, null, null, null);
    }
    birthDate(subject.birthDate(), "subject.birthDate", problems);
    if (subject.sex() == null || !SEXES.contains(subject.sex())) {
      problems.add("subject.sex", "subject.sex must be MALE or FEMALE (or give subject.myNumber)", "性別を選んでください。");
    }
    return new Subject(null, text(subject.familyName(), "subject.familyName", 100, problems),
        text(subject.givenName(), "subject.givenName", 100, problems), subject.birthDate(), subject.sex(),
        text(subject.address(), "subject.address", 300, problems));
  }

  private static MyNumber subjectNumber(Subject subject, FieldProblems problems) {
    if (subject == null || subject.myNumber() == null) {
      return null;
    }
    try {
      return MyNumber.parse(subject.myNumber());
    } catch (InvalidIdentifierException e) {
      problems.add("subject.myNumber", "subject." + e.getMessage(), e.japaneseMessage());
      return null;
    }
  }

  private static Disclosure disclosure(Disclosure disclosure, FieldProblems problems) {
    if (disclosure.records() == null || disclosure.records().isEmpty()) {
      problems.add("disclosure.records", "disclosure.records must name at least one of "
          + String.join(", ", new java.util.TreeSet<>(RECORDS)), "開示を求める記録を1つ以上選んでください。");
    } else if (!RECORDS.containsAll(disclosure.records().stream().map(String::valueOf).toList())) {
      problems.add("disclosure.records", "disclosure.records may hold only "
          + String.join(", ", new java.util.TreeSet<>(RECORDS)), "開示を求める記録は一覧から選んでください。");
    } else if (new HashSet<>(disclosure.records()).size() != disclosure.records().size()) {
      problems.add("disclosure.records", "disclosure.records names a record twice", "同じ記録が2回選ばれています。");
    }
    if (disclosure.method() == null || !METHODS.contains(disclosure.method())) {
      problems.add("disclosure.method", "disclosure.method must be one of VIEW, PAPER_COPY, ELECTRONIC_COPY",
          "開示の実施方法を選んでください。");
    }
    return disclosure;
  }

  private static Correction correction(Correction correction, FieldProblems problems) {
    List<CorrectionItem> items = new ArrayList<>();
    if (correction.records() == null || correction.records().isEmpty()) {
      problems.add("correction.records", "correction.records must name at least one correction",
          "訂正を求める内容を1つ以上入力してください。");
    } else if (correction.records().size() > MAX_CORRECTIONS) {
      problems.add("correction.records", "correction.records may hold at most " + MAX_CORRECTIONS + " corrections",
          "訂正を求める内容は" + MAX_CORRECTIONS + "件までです。");
    } else {
      for (int i = 0; i < correction.records().size(); i++) {
        items.add(correctionItem(correction.records().get(i), "correction.records[" + i + "]", problems));
      }
    }
    return new Correction(items, multiLine(correction.reason(), "correction.reason", 1000, problems));
  }

  private static CorrectionItem correctionItem(CorrectionItem item, String field, FieldProblems problems) {
    if (item == null) {
      problems.add(field, field + " is required", "訂正を求める内容を入力してください。");
      return null;
    }
    if (item.kind() == null || !CORRECTION_KINDS.contains(item.kind())) {
      problems.add(field + ".kind", field + ".kind must be LEDGER_DOSE", "訂正できるのは予防接種台帳の接種記録です。");
    }
    if (item.reference() == null || !DOSE_NUMBER.matcher(item.reference()).matches()) {
      problems.add(field + ".reference", field + ".reference must be the dose number (1 to 7)", "接種回（1〜7）を選んでください。");
    }
    if (item.item() == null || !DOSE_ITEMS.contains(item.item())) {
      problems.add(field + ".item", field + ".item must be one of " + String.join(", ", new java.util.TreeSet<>(DOSE_ITEMS)),
          "訂正する項目を選んでください。");
    }
    String value = text(item.requestedValue(), field + ".requestedValue", 100, problems);
    if (value != null && "VACCINATION_DATE".equals(item.item())) {
      try {
        LocalDate date = LocalDate.parse(value);
        if (date.isBefore(FIRST_VACCINATIONS)) {
          problems.add(field + ".requestedValue", field + ".requestedValue lies before the first vaccinations",
              "接種日が、国内で接種が始まった2021年2月17日より前になっています。");
        }
      } catch (java.time.format.DateTimeParseException e) {
        problems.add(field + ".requestedValue", field + ".requestedValue must be a date (yyyy-MM-dd) for VACCINATION_DATE",
            "接種日は 2021-06-01 の形で入力してください。");
      }
    }
    return new CorrectionItem(item.kind(), item.reference(), item.item(), value);
  }

  private static Suspension suspension(Suspension suspension, FieldProblems problems) {
    String field = suspension.measures() == null ? "suspension.measure" : "suspension.measures";
    if ((suspension.measure() == null) == (suspension.measures() == null)) {
      problems.add("suspension.measure", "suspension: give either measure or measures (one of ERASE, STOP_PROVISION,"
          + " STOP_USE each)", "求める措置（利用の停止・消去・提供の停止）を選んでください。");
    } else if (suspension.measures() != null && (suspension.measures().isEmpty()
        || suspension.measures().stream().distinct().count() != suspension.measures().size())) {
      problems.add(field, "suspension.measures must list one to three different measures",
          "求める措置は、利用の停止・消去・提供の停止から1つ以上、重ならないように選んでください。");
    } else if (!suspension.requested().stream().allMatch(m -> m != null && MEASURES.contains(m))) {
      problems.add(field, field + " must be one of ERASE, STOP_PROVISION, STOP_USE",
          "求める措置（利用の停止・消去・提供の停止）を選んでください。");
    }
    if (suspension.ground() == null || !GROUNDS.contains(suspension.ground())) {
      problems.add("suspension.ground", "suspension.ground must be a ground the law allows: "
          + String.join(", ", new java.util.TreeSet<>(GROUNDS)), "請求の理由（法律が認める理由）を選んでください。");
    }
    return suspension;
  }

  private void birthDate(LocalDate birthDate, String field, FieldProblems problems) {
    if (birthDate == null) {
      problems.add(field, field + " is required", "生年月日を入力してください。");
    } else if (birthDate.isAfter(LocalDate.now(clock)) || birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
      problems.add(field, field + " is not a possible birth date", "生年月日として正しい日付を入力してください。");
    }
  }

  private static String text(String value, String field, int maxLength, FieldProblems problems) {
    FreeText.Checked checked = FreeText.line(value, maxLength);
    if (checked.refused()) {
      problems.add(field, field + " " + checked.problem(), checked.message());
    }
    return checked.value();
  }

  private static String multiLine(String value, String field, int maxLength, FieldProblems problems) {
    FreeText.Checked checked = FreeText.multiLine(value, maxLength);
    if (checked.refused()) {
      problems.add(field, field + " " + checked.problem(), checked.message());
    }
    return checked.value();
  }

  private static String kana(String value, String field, FieldProblems problems) {
    String kana = text(value, field, 100, problems);
    if (kana != null && !KATAKANA.matcher(kana).matches()) {
      problems.add(field, field + " must be written in full-width katakana", "全角カタカナで入力してください。");
    }
    return kana;
  }
}
