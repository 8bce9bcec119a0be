package jp.vaccinationoffice.caseserver.staffscreens;

import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.movein.MoveInRequest;

/**
 * The move-in intake screen's fields as the browser posts them. Only the fields named here are
 * bound; whatever else a request carries is ignored.
 */
public class MoveInIntakeForm {

  private String idempotencyKey;
  private String previousMunicipalityCode;
  private String myNumber;
  private String familyName;
  private String givenName;
  private String familyNameKana;
  private String givenNameKana;
  private String birthDate;
  private String sex;
  private String address;
  private boolean consentGiven;
  private String consentSignedOn;
  private boolean consentFormReceived;

  /** The request for the intake service; dates that are no dates are named in {@code problems}. */
  MoveInRequest toRequest(FieldProblems problems) {
    return new MoveInRequest(previousMunicipalityCode, IntakeScreens.digitsOf(myNumber),
        new MoveInRequest.Resident(familyName, givenName, familyNameKana, givenNameKana,
            IntakeScreens.date(birthDate, "resident.birthDate", problems), sex, address),
        new MoveInRequest.Consent(consentGiven, IntakeScreens.date(consentSignedOn, "consent.signedOn", problems),
            consentFormReceived));
  }

  public String getIdempotencyKey() { return idempotencyKey; }
  public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
  public String getPreviousMunicipalityCode() { return previousMunicipalityCode; }
  public void setPreviousMunicipalityCode(String value) { this.previousMunicipalityCode = value; }
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
  public boolean isConsentGiven() { return consentGiven; }
  public void setConsentGiven(boolean consentGiven) { this.consentGiven = consentGiven; }
  public String getConsentSignedOn() { return consentSignedOn; }
  public void setConsentSignedOn(String consentSignedOn) { this.consentSignedOn = consentSignedOn; }
  public boolean isConsentFormReceived() { return consentFormReceived; }
  public void setConsentFormReceived(boolean consentFormReceived) { this.consentFormReceived = consentFormReceived; }
}
