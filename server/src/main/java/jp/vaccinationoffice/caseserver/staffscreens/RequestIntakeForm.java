package jp.vaccinationoffice.caseserver.staffscreens;

import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.CorrectionItem;

/**
 * The personal-information request intake screen's fields as the browser posts them. The screen
 * shows the sections of all three kinds of request; only the section of the chosen kind is read,
 * and the person is read by My Number or by the four basic items, as chosen.
 */
public class RequestIntakeForm {

  /** Rows of corrections the screen offers; the request's items are the rows up to the last one filled. */
  static final int CORRECTION_ROWS = 3;

  private String idempotencyKey;
  private String type;
  private String channel;
  private String receivedOn;
  private String relationship;
  private String requesterFamilyName;
  private String requesterGivenName;
  private String requesterFamilyNameKana;
  private String requesterGivenNameKana;
  private String requesterBirthDate;
  private String requesterAddress;
  private String requesterPhone;
  private String subjectBy;
  private String subjectMyNumber;
  private String subjectFamilyName;
  private String subjectGivenName;
  private String subjectBirthDate;
  private String subjectSex;
  private String subjectAddress;
  private List<String> disclosureRecords = new ArrayList<>();
  private String disclosureMethod;
  private String[] correctionDose = new String[CORRECTION_ROWS];
  private String[] correctionItem = new String[CORRECTION_ROWS];
  private String[] correctionValue = new String[CORRECTION_ROWS];
  private String correctionReason;
  private String suspensionMeasure;
  private String suspensionGround;

  /** The request for the intake service; a date that is no date is named in {@code problems}. */
  PersonalInformationRequest toRequest(FieldProblems problems) {
    if (!"MY_NUMBER".equals(subjectBy) && !"BASIC_FOUR".equals(subjectBy)) {
      problems.add("subjectBy", "subjectBy must be MY_NUMBER or BASIC_FOUR", "本人を特定する方法を選んでください。");
    }
    PersonalInformationRequest.Subject subject = "MY_NUMBER".equals(subjectBy)
        ? new PersonalInformationRequest.Subject(IntakeScreens.digitsOf(subjectMyNumber == null ? "" : subjectMyNumber), null, null, null, null, null)
        : new PersonalInformationRequest.Subject(null, subjectFamilyName, subjectGivenName,
            IntakeScreens.date(subjectBirthDate, "subject.birthDate", problems), IntakeScreens.given(subjectSex),
            subjectAddress);
    return new PersonalInformationRequest(type, channel, IntakeScreens.date(receivedOn, "receivedOn", problems),
        new PersonalInformationRequest.Requester(relationship, requesterFamilyName, requesterGivenName,
            requesterFamilyNameKana, requesterGivenNameKana,
            IntakeScreens.date(requesterBirthDate, "requester.birthDate", problems), requesterAddress, requesterPhone),
        subject,
        "DISCLOSURE".equals(type)
            ? new PersonalInformationRequest.Disclosure(List.copyOf(disclosureRecords), IntakeScreens.given(disclosureMethod))
            : null,
        "CORRECTION".equals(type) ? new PersonalInformationRequest.Correction(corrections(), correctionReason) : null,
        "SUSPENSION".equals(type) ? new PersonalInformationRequest.Suspension(IntakeScreens.given(suspensionMeasure),
            IntakeScreens.given(suspensionGround)) : null);
  }

  private List<CorrectionItem> corrections() {
    int last = -1;
    for (int row = 0; row < CORRECTION_ROWS; row++) {
      if (IntakeScreens.given(cell(correctionDose, row)) != null || IntakeScreens.given(cell(correctionItem, row)) != null
          || IntakeScreens.given(cell(correctionValue, row)) != null) {
        last = row;
      }
    }
    List<CorrectionItem> items = new ArrayList<>();
    for (int row = 0; row <= last; row++) {
      items.add(new CorrectionItem("LEDGER_DOSE", IntakeScreens.given(cell(correctionDose, row)),
          IntakeScreens.given(cell(correctionItem, row)), cell(correctionValue, row)));
    }
    return items;
  }

  private static String cell(String[] column, int row) {
    return column == null || row >= column.length ? null : column[row];
  }

  public String getIdempotencyKey() { return idempotencyKey; }
  public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
  public String getType() { return type; }
  public void setType(String type) { this.type = type; }
  public String getChannel() { return channel; }
  public void setChannel(String channel) { this.channel = channel; }
  public String getReceivedOn() { return receivedOn; }
  public void setReceivedOn(String receivedOn) { this.receivedOn = receivedOn; }
  public String getRelationship() { return relationship; }
  public void setRelationship(String relationship) { this.relationship = relationship; }
  public String getRequesterFamilyName() { return requesterFamilyName; }
  public void setRequesterFamilyName(String value) { this.requesterFamilyName = value; }
  public String getRequesterGivenName() { return requesterGivenName; }
  public void setRequesterGivenName(String value) { this.requesterGivenName = value; }
  public String getRequesterFamilyNameKana() { return requesterFamilyNameKana; }
  public void setRequesterFamilyNameKana(String value) { this.requesterFamilyNameKana = value; }
  public String getRequesterGivenNameKana() { return requesterGivenNameKana; }
  public void setRequesterGivenNameKana(String value) { this.requesterGivenNameKana = value; }
  public String getRequesterBirthDate() { return requesterBirthDate; }
  public void setRequesterBirthDate(String value) { this.requesterBirthDate = value; }
  public String getRequesterAddress() { return requesterAddress; }
  public void setRequesterAddress(String value) { this.requesterAddress = value; }
  public String getRequesterPhone() { return requesterPhone; }
  public void setRequesterPhone(String value) { this.requesterPhone = value; }
  public String getSubjectBy() { return subjectBy; }
  public void setSubjectBy(String subjectBy) { this.subjectBy = subjectBy; }
  public String getSubjectMyNumber() { return subjectMyNumber; }
  public void setSubjectMyNumber(String value) { this.subjectMyNumber = value; }
  public String getSubjectFamilyName() { return subjectFamilyName; }
  public void setSubjectFamilyName(String value) { this.subjectFamilyName = value; }
  public String getSubjectGivenName() { return subjectGivenName; }
  public void setSubjectGivenName(String value) { this.subjectGivenName = value; }
  public String getSubjectBirthDate() { return subjectBirthDate; }
  public void setSubjectBirthDate(String value) { this.subjectBirthDate = value; }
  public String getSubjectSex() { return subjectSex; }
  public void setSubjectSex(String value) { this.subjectSex = value; }
  public String getSubjectAddress() { return subjectAddress; }
  public void setSubjectAddress(String value) { this.subjectAddress = value; }
  public List<String> getDisclosureRecords() { return disclosureRecords; }
  public void setDisclosureRecords(List<String> value) { this.disclosureRecords = value == null ? new ArrayList<>() : value; }
  public String getDisclosureMethod() { return disclosureMethod; }
  public void setDisclosureMethod(String value) { this.disclosureMethod = value; }
  public String[] getCorrectionDose() { return correctionDose; }
  public void setCorrectionDose(String[] value) { this.correctionDose = value; }
  public String[] getCorrectionItem() { return correctionItem; }
  public void setCorrectionItem(String[] value) { this.correctionItem = value; }
  public String[] getCorrectionValue() { return correctionValue; }
  public void setCorrectionValue(String[] value) { this.correctionValue = value; }
  public String getCorrectionReason() { return correctionReason; }
  public void setCorrectionReason(String value) { this.correctionReason = value; }
  public String getSuspensionMeasure() { return suspensionMeasure; }
  public void setSuspensionMeasure(String value) { this.suspensionMeasure = value; }
  public String getSuspensionGround() { return suspensionGround; }
  public void setSuspensionGround(String value) { this.suspensionGround = value; }
}
