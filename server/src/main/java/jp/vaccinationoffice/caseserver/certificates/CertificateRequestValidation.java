package jp.vaccinationoffice.caseserver.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.input.FreeText;
import jp.vaccinationoffice.common.InvalidIdentifierException;
import jp.vaccinationoffice.common.MyNumber;
import org.springframework.stereotype.Component;

/**
 * Checks a certificate application completely before anything is stored and names every problem,
 * never a value, in English for the API and in Japanese for the screens. Passport data follows the passport's own rules: a Japanese passport number is two letters
 * and seven digits, others 6 to 9 letters or digits; nationality is ISO 3166-1 alpha-3; Roman names
 * hold A–Z, space, hyphen and apostrophe only and are stored upper-cased.
 */
@Component
class CertificateRequestValidation {

  /** The request as it is stored, and the parsed My Number. */
  record Validated(CertificateRequest request, MyNumber myNumber) {}

  private static final Pattern KATAKANA = Pattern.compile("[\\u30A1-\\u30FA\\u30FC\\u30FD\\u30FE\\u3000 ]+");
  private static final Pattern JAPANESE_PASSPORT = Pattern.compile("[A-Z]{2}[0-9]{7}");
  private static final Pattern OTHER_PASSPORT = Pattern.compile("[A-Z0-9]{6,9}");
  private static final Pattern ROMAN_NAME = Pattern.compile("[A-Z][A-Z '\\-]*");
  private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{3}-?[0-9]{4}");
  private static final Set<String> SEXES = Set.of("MALE", "FEMALE");
  private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  private final Clock clock;

  CertificateRequestValidation(Clock clock) {
    this.clock = clock;
  }

  Validated validate(CertificateRequest request) {
    if (request == null) {
      throw ApiException.badRequest("the request body is missing");
    }
    FieldProblems problems = new FieldProblems();
    MyNumber myNumber = myNumber(request.myNumber(), problems);
    if (request.channel() == null) {
      problems.add("channel", "channel is required (COUNTER or MAIL)", "受付の方法（窓口・郵送）を選んでください。");
    } else if (request.channel().electronic()) {
      problems.add("channel", "channel must be COUNTER or MAIL: the kiosk and the app apply electronically",
          "受付の方法は窓口か郵送です。コンビニ交付とアプリは電子申請で受け付けます。");
    }
    if (request.use() == null) {
      problems.add("use", "use is required (DOMESTIC or OVERSEAS)", "証明書の用途（国内用・海外用）を選んでください。");
    }
    CertificateRequest.Applicant applicant = applicant(request.applicant(), problems);
    Passport passport = passportFor(request.use(), request.passport(), problems);
    CertificateRequest.MailTo mailTo = mailTo(request.channel(), request.mailTo(), problems);
    refuse(problems);
    return new Validated(new CertificateRequest(request.channel(), request.use(), myNumber.digits(), applicant, passport,
        mailTo), myNumber);
  }

  /** The electronic application as stored; the card's data was verified, its form is checked here. */
  ElectronicApplication validate(ElectronicApplication application) {
    if (application == null) {
      throw ApiException.badRequest("the application is missing");
    }
    FieldProblems problems = new FieldProblems();
    MyNumber myNumber = myNumber(application.myNumber(), problems);
    if (application.channel() == null || !application.channel().electronic()) {
      problems.add("channel", "channel must be KIOSK or APP (or PORTAL, the resident portal)", "電子申請の経路はコンビニ交付かアプリです。");
    }
    if (application.use() == null) {
      problems.add("use", "use is required (DOMESTIC or OVERSEAS)", "証明書の用途（国内用・海外用）を選んでください。");
    }
    String name = text(application.name(), "name", 200, problems);
    birthDate(application.birthDate(), "birthDate", problems);
    sex(application.sex(), "sex", problems);
    Passport passport = passportFor(application.use(), application.passport(), problems);
    refuse(problems);
    return new ElectronicApplication(application.channel(), myNumber.digits(), name, null, application.birthDate(),
        application.sex(), application.use(), passport);
  }

  /** A passport given on reissue: only a certificate for travel carries one. */
  Passport validateReissuePassport(CertificateUse use, Passport passport) {
    if (passport == null) {
      return null;
    }
    FieldProblems problems = new FieldProblems();
    Passport checked = passportFor(use, passport, problems);
    refuse(problems);
    return checked;
  }

  private static void refuse(FieldProblems problems) {
    problems.throwIfAny();
  }

  private static MyNumber myNumber(String value, FieldProblems problems) {
    try {
      return MyNumber.parse(value);
    } catch (InvalidIdentifierException e) {
      problems.add("myNumber", e.getMessage(), e.japaneseMessage());
      return null;
    }
  }

  private CertificateRequest.Applicant applicant(CertificateRequest.Applicant applicant, FieldProblems problems) {
    if (applicant == null) {
      problems.add("applicant", "applicant is required", "申請者の情報を入力してください。");
      return null;
    }
    CertificateRequest.Applicant normalised = new CertificateRequest.Applicant(
        text(applicant.familyName(), "applicant.familyName", 100, problems),
        text(applicant.givenName(), "applicant.givenName", 100, problems),
        kana(applicant.familyNameKana(), "applicant.familyNameKana", problems),
        kana(applicant.givenNameKana(), "applicant.givenNameKana", problems),
        applicant.birthDate(), applicant.sex(),
        text(applicant.address(), "applicant.address", 300, problems));
    birthDate(applicant.birthDate(), "applicant.birthDate", problems);
    sex(applicant.sex(), "applicant.sex", problems);
    return normalised;
  }

  private static Passport passportFor(CertificateUse use, Passport passport, FieldProblems problems) {
    if (use == CertificateUse.OVERSEAS && passport == null) {
      problems.add("passport", "passport is required for a certificate for travel (use OVERSEAS)",
          "海外用の証明書には旅券の情報が必要です。");
      return null;
    }
    if (use != CertificateUse.OVERSEAS) {
      if (passport != null) {
        problems.add("passport", "passport is only given for a certificate for travel (use OVERSEAS)",
            "旅券の情報は海外用の証明書にだけ記載します。");
      }
      return null;
    }
    String nationality = passport.nationality() == null ? null : passport.nationality().strip().toUpperCase(Locale.ROOT);
    if (nationality == null || !ALPHA3.contains(nationality)) {
      problems.add("passport.nationality", "passport.nationality must be an ISO 3166-1 alpha-3 country code (e.g. JPN)",
          "国籍を英字3文字の国コード（例：JPN）で入力してください。");
    }
    String number = passport.number() == null ? null : passport.number().strip().toUpperCase(Locale.ROOT);
    if (number == null) {
      problems.add("passport.number", "passport.number is required", "旅券番号を入力してください。");
    } else if ("JPN".equals(nationality) && !JAPANESE_PASSPORT.matcher(number).matches()) {
      problems.add("passport.number", "passport.number of a Japanese passport must be two letters and seven digits",
          "日本の旅券番号は英字2文字と数字7桁です（例：TK1234567）。");
    } else if (!"JPN".equals(nationality) && !OTHER_PASSPORT.matcher(number).matches()) {
      problems.add("passport.number", "passport.number must be 6 to 9 letters or digits",
          "旅券番号は英数字6〜9文字で入力してください。");
    }
    String otherName = passport.otherName() == null ? null : text(passport.otherName(), "passport.otherName", 100, problems);
    return new Passport(number, nationality, roman(passport.familyNameRoman(), "passport.familyNameRoman", problems),
        roman(passport.givenNameRoman(), "passport.givenNameRoman", problems), otherName);
  }

  private static String roman(String value, String field, FieldProblems problems) {
    if (value == null || value.isBlank()) {
      problems.add(field, field + " is required", "旅券のとおりローマ字で入力してください。");
      return null;
    }
    String upper = value.strip().toUpperCase(Locale.ROOT);
    if (upper.length() > 100 || !ROMAN_NAME.matcher(upper).matches()) {
      problems.add(field, field + " must be written in Roman letters A-Z, space, hyphen and apostrophe only (at most 100)",
          "ローマ字（A〜Z、空白、ハイフン、アポストロフィ）で100文字以内で入力してください。");
    }
    return upper;
  }

  private static CertificateRequest.MailTo mailTo(CertificateChannel channel, CertificateRequest.MailTo mailTo,
      FieldProblems problems) {
    if (channel != CertificateChannel.MAIL) {
      if (mailTo != null) {
        problems.add("mailTo", "mailTo is only given for a request by mail (channel MAIL)",
            "送付先は郵送の申請にだけ入力します。");
      }
      return null;
    }
    if (mailTo == null) {
      problems.add("mailTo", "mailTo is required for a request by mail: the address to send the certificate to",
          "郵送の申請では、証明書の送付先を入力してください。");
      return null;
    }
    if (mailTo.postalCode() == null || !POSTAL_CODE.matcher(mailTo.postalCode().strip()).matches()) {
      problems.add("mailTo.postalCode", "mailTo.postalCode must be a postal code of seven digits (e.g. 747-8501)",
          "郵便番号を7桁で入力してください（例：747-8501）。");
    }
    String address = text(mailTo.address(), "mailTo.address", 300, problems);
    return new CertificateRequest.MailTo(mailTo.postalCode() == null ? null : mailTo.postalCode().strip(), address);
  }

  private void birthDate(LocalDate birthDate, String field, FieldProblems problems) {
    if (birthDate == null) {
      problems.add(field, field + " is required", "生年月日を入力してください。");
    } else if (birthDate.isAfter(LocalDate.now(clock)) || birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
      problems.add(field, field + " is not a possible birth date", "生年月日として正しい日付を入力してください。");
    }
  }

  private static void sex(String sex, String field, FieldProblems problems) {
    if (sex == null || !SEXES.contains(sex)) {
      problems.add(field, field + " must be MALE or FEMALE", "性別を選んでください。");
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
}
