package jp.vaccinationoffice.caseserver.staffscreens;

import java.util.Arrays;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.certificates.CertificateChannel;
import jp.vaccinationoffice.caseserver.certificates.CertificateRequest;
import jp.vaccinationoffice.caseserver.certificates.CertificateUse;
import jp.vaccinationoffice.caseserver.certificates.Passport;

/**
 * The certificate intake screen's fields as the browser posts them. The passport is read only for a
 * certificate for travel and the mailing address only for a request by mail: the screen shows
 * those fields always, so what the other choice leaves in them does not count.
 */
public class CertificateIntakeForm {

  private String idempotencyKey;
  private String channel;
  private String use;
  private String myNumber;
  private String familyName;
  private String givenName;
  private String familyNameKana;
  private String givenNameKana;
  private String birthDate;
  private String sex;
  private String address;
  private String passportNumber;
  private String nationality;
  private String familyNameRoman;
  private String givenNameRoman;
  private String otherName;
  private String mailPostalCode;
  private String mailAddress;

  /** The request for the intake service; a choice or a date that is none is named in {@code problems}. */
  CertificateRequest toRequest(FieldProblems problems) {
    CertificateChannel chosenChannel = choice(CertificateChannel.class, channel, "channel", problems);
    CertificateUse chosenUse = choice(CertificateUse.class, use, "use", problems);
    return new CertificateRequest(chosenChannel, chosenUse, IntakeScreens.digitsOf(myNumber),
        new CertificateRequest.Applicant(familyName, givenName, familyNameKana, givenNameKana,
            IntakeScreens.date(birthDate, "applicant.birthDate", problems), sex, address),
        chosenUse == CertificateUse.OVERSEAS ? new Passport(passportNumber, nationality, familyNameRoman,
            givenNameRoman, IntakeScreens.given(otherName)) : null,
        chosenChannel == CertificateChannel.MAIL ? new CertificateRequest.MailTo(mailPostalCode, mailAddress) : null);
  }

  /** A radio button's value; nothing chosen is left to the service to name as missing. */
  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, FieldProblems problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
        .orElseGet(() -> {
          problems.add(field, field + " is not one of the choices", "選択肢から選んでください。");
          return null;
        });
  }

  public String getIdempotencyKey() { return idempotencyKey; }
  public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
  public String getChannel() { return channel; }
  public void setChannel(String channel) { this.channel = channel; }
  public String getUse() { return use; }
  public void setUse(String use) { this.use = use; }
  public String getMyNumber() { return myNumber; }
  public void setMyNumber(String myNumber) { this.myNumber = myNumber; }
  public String getFamilyName() { return familyName; }
  public void setFamilyName(String familyName) { this.familyName = familyName; }
  public String getGivenName() { return givenName; }
  public void setGivenName(String givenName) { this.givenName = givenName; }
  public String getFamilyNameKana() { return familyNameKana; }
  public void setFamilyNameKana(String familyNameKana) { this.familyNameKana = familyNameKana; }
  public String getGivenNameKana() { return givenNameKana; }
  public void setGivenNameKana(String givenNameKana) { this.givenNameKana = givenNameKana; }
  public String getBirthDate() { return birthDate; }
  public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
  public String getSex() { return sex; }
  public void setSex(String sex) { this.sex = sex; }
  public String getAddress() { return address; }
  public void setAddress(String address) { this.address = address; }
  public String getPassportNumber() { return passportNumber; }
  public void setPassportNumber(String passportNumber) { this.passportNumber = passportNumber; }
  public String getNationality() { return nationality; }
  public void setNationality(String nationality) { this.nationality = nationality; }
  public String getFamilyNameRoman() { return familyNameRoman; }
  public void setFamilyNameRoman(String familyNameRoman) { this.familyNameRoman = familyNameRoman; }
  public String getGivenNameRoman() { return givenNameRoman; }
  public void setGivenNameRoman(String givenNameRoman) { this.givenNameRoman = givenNameRoman; }
  public String getOtherName() { return otherName; }
  public void setOtherName(String otherName) { this.otherName = otherName; }
  public String getMailPostalCode() { return mailPostalCode; }
  public void setMailPostalCode(String mailPostalCode) { this.mailPostalCode = mailPostalCode; }
  public String getMailAddress() { return mailAddress; }
  public void setMailAddress(String mailAddress) { this.mailAddress = mailAddress; }
}
