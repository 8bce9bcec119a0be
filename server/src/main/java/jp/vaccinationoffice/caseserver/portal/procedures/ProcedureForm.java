package jp.vaccinationoffice.caseserver.portal.procedures;

import java.util.List;

/**
 * What a resident types into a procedure's form. Each procedure binds only its own fields
 * ({@link Procedure#allowedFields()}); who the request is about is never a field.
 */
public class ProcedureForm {

  private String idempotencyKey;
  private String address;
  private String phone;
  private List<String> records;
  private String method;
  private String doseNumber;
  private String item;
  private String requestedValue;
  private String reason;
  private String measure;
  private String ground;
  private String passportNumber;
  private String nationality;
  private String familyNameRoman;
  private String givenNameRoman;
  private String otherName;

  public String getIdempotencyKey() { return idempotencyKey; }
  public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
  public String getAddress() { return address; }
  public void setAddress(String address) { this.address = address; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public List<String> getRecords() { return records; }
  public void setRecords(List<String> records) { this.records = records; }
  public String getMethod() { return method; }
  public void setMethod(String method) { this.method = method; }
  public String getDoseNumber() { return doseNumber; }
  public void setDoseNumber(String doseNumber) { this.doseNumber = doseNumber; }
  public String getItem() { return item; }
  public void setItem(String item) { this.item = item; }
  public String getRequestedValue() { return requestedValue; }
  public void setRequestedValue(String requestedValue) { this.requestedValue = requestedValue; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getMeasure() { return measure; }
  public void setMeasure(String measure) { this.measure = measure; }
  public String getGround() { return ground; }
  public void setGround(String ground) { this.ground = ground; }
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
}
