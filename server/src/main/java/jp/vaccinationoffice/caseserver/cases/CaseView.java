package jp.vaccinationoffice.caseserver.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What {@code GET /api/cases/{caseId}} shows: the case, never a whole My Number. */
public record CaseView(
    String caseId,
    String type,
    String status,
    String municipalityCode,
    String previousMunicipalityCode,
    Resident resident,
    String myNumber,
    String addresseeNumber,
    List<Record> vaccinationRecords,
    String ticketNumber,
    String legalBasis,
    Consent consent,
    List<Decision> decisions,
    List<Step> steps) {

  public record Resident(String familyName, String givenName, String familyNameKana, String givenNameKana,
      LocalDate birthDate, String sex, String address) {}

  public record Record(int doseNumber, LocalDate date, String manufacturer, String product, String lot) {}

  public record Consent(String consentId, String scope, String channel, LocalDate signedOn, String evidence,
      String state, Instant recordedAt, Instant usedAt, Instant withdrawnAt) {}

  public record Decision(String decisionId, int version, Map<String, Object> result, Instant at) {}

  public record Step(String step, Instant at, String by, String detail) {}
}
