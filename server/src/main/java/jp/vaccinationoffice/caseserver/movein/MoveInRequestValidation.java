package jp.vaccinationoffice.caseserver.movein;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.input.FreeText;
import jp.vaccinationoffice.common.InvalidIdentifierException;
import jp.vaccinationoffice.common.Municipalities;
import jp.vaccinationoffice.common.MyNumber;
import org.springframework.stereotype.Component;

/**
 * Checks a move-in request completely before anything is stored, and names every problem found.
 * Messages name the field, never its value. Free text follows {@link FreeText}; the request it
 * answers holds the text trimmed and in NFC, as it is stored.
 */
@Component
class MoveInRequestValidation {

  /** The request as it is stored, and the parsed My Number. */
  record Validated(MoveInRequest request, MyNumber myNumber) {}

  private static final Pattern KATAKANA = Pattern.compile("[\\u30A1-\\u30FA\\u30FC\\u30FD\\u30FE\\u3000 ]+");
  private static final Set<String> SEXES = Set.of("MALE", "FEMALE");
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  private final Clock clock;

  MoveInRequestValidation(Clock clock) {
    this.clock = clock;
  }

  /** The normalised request; throws a 400 naming every problem of the request. */
  Validated validate(MoveInRequest request, String ownMunicipalityCode) {
    if (request == null) {
      throw ApiException.badRequest("the request body is missing");
    }
    FieldProblems problems = new FieldProblems();
    MyNumber myNumber = null;
    try {
      myNumber = MyNumber.parse(request.myNumber());
    } catch (InvalidIdentifierException e) {
      problems.add("myNumber", e.getMessage(), e.japaneseMessage());
    }
    try {
      Municipalities.requireKnown(request.previousMunicipalityCode());
      if (request.previousMunicipalityCode().equals(ownMunicipalityCode)) {
        problems.add("previousMunicipalityCode", "previousMunicipalityCode is this municipality's own code",
            "転入前の市区町村に、この市の団体コードは指定できません。");
      }
    } catch (InvalidIdentifierException e) {
      problems.add("previousMunicipalityCode", "previousMunicipalityCode: " + e.getMessage(), e.japaneseMessage());
    }
    MoveInRequest.Resident resident = checkResident(request.resident(), problems);
    checkConsent(request.consent(), problems);
    if (resident != null && resident.birthDate() != null && request.consent() != null
        && request.consent().signedOn() != null && request.consent().signedOn().isBefore(resident.birthDate())) {
      problems.add("consent.signedOn", "consent.signedOn lies before resident.birthDate",
          "同意日が生年月日より前になっています。");
    }
    problems.throwIfAny();
    return new Validated(new MoveInRequest(request.previousMunicipalityCode(), myNumber.digits(), resident,
        request.consent()), myNumber);
  }

  /** The resident's corrected details as they are stored; throws a 400 naming every problem. */
  MoveInRequest.Resident validateResident(MoveInRequest.Resident resident) {
    FieldProblems problems = new FieldProblems();
    MoveInRequest.Resident normalised = checkResident(resident, problems);
    problems.throwIfAny();
    return normalised;
  }

  private MoveInRequest.Resident checkResident(MoveInRequest.Resident resident, FieldProblems problems) {
    if (resident == null) {
      problems.add("resident", "resident is required", "住民の情報を入力してください。");
      return null;
    }
    MoveInRequest.Resident normalised = new MoveInRequest.Resident(
        text(resident.familyName(), "resident.familyName", 100, problems),
        text(resident.givenName(), "resident.givenName", 100, problems),
        kana(resident.familyNameKana(), "resident.familyNameKana", problems),
        kana(resident.givenNameKana(), "resident.givenNameKana", problems),
        resident.birthDate(),
        resident.sex(),
        text(resident.address(), "resident.address", 300, problems));
    if (resident.birthDate() == null) {
      problems.add("resident.birthDate", "resident.birthDate is required", "生年月日を入力してください。");
    } else if (resident.birthDate().isAfter(today()) || resident.birthDate().isBefore(EARLIEST_BIRTH_DATE)) {
      problems.add("resident.birthDate", "resident.birthDate is not a possible birth date",
          "生年月日として正しい日付を入力してください。");
    }
    if (resident.sex() == null || !SEXES.contains(resident.sex())) {
      problems.add("resident.sex", "resident.sex must be MALE or FEMALE", "性別を選んでください。");
    }
    return normalised;
  }

  private void checkConsent(MoveInRequest.Consent consent, FieldProblems problems) {
    if (consent == null) {
      problems.add("consent", "consent is required", "同意の内容を入力してください。");
      return;
    }
    if (!Boolean.TRUE.equals(consent.given())) {
      problems.add("consent.given", "consent.given must be true: records are queried only with the resident's consent",
          "接種記録の照会は、本人の同意がある場合にだけできます。");
    }
    if (consent.signedOn() == null) {
      problems.add("consent.signedOn", "consent.signedOn is required", "同意日を入力してください。");
    } else if (consent.signedOn().isAfter(today())) {
      problems.add("consent.signedOn", "consent.signedOn lies in the future", "同意日に未来の日付は指定できません。");
    }
    if (consent.formReceived() == null) {
      problems.add("consent.formReceived", "consent.formReceived is required", "同意書を受け取ったかどうかを選んでください。");
    }
  }

  private static String text(String value, String field, int maxLength, FieldProblems problems) {
    FreeText.Checked checked = FreeText.line(value, maxLength);
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

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
