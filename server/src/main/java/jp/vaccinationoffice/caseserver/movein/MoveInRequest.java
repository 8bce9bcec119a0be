package jp.vaccinationoffice.caseserver.movein;

import java.time.LocalDate;

/** Body of {@code POST /api/move-in-queries}: the resident, their My Number and their consent. */
public record MoveInRequest(String previousMunicipalityCode, String myNumber, Resident resident, Consent consent) {

  public record Resident(
      String familyName,
      String givenName,
      String familyNameKana,
      String givenNameKana,
      LocalDate birthDate,
      String sex,
      String address) {}

  /** 新接種券発行申請書兼接種記録確認同意書: {@code formReceived} says whether the clerk holds the signed paper. */
  public record Consent(Boolean given, LocalDate signedOn, Boolean formReceived) {}
}
