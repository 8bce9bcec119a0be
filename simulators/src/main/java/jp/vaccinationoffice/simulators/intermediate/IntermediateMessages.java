package jp.vaccinationoffice.simulators.intermediate;

import java.time.Instant;
import java.util.List;

/** The JSON bodies of the intermediate-server simulator. */
public final class IntermediateMessages {

  private IntermediateMessages() {}

  /** A record of a provision (情報提供等の記録). */
  public record ProvisionRecordRequest(
      String inquiryId,
      String requestingMunicipalityCode,
      String providingMunicipalityCode,
      ProvisionOutcome outcome,
      List<String> itemsProvided,
      String legalBasis,
      String decisionId,
      Integer decisionVersion,
      String approver,
      Instant at) {}

  public record ProvisionRecord(
      String recordId,
      String inquiryId,
      String requestingMunicipalityCode,
      String providingMunicipalityCode,
      ProvisionOutcome outcome,
      List<String> itemsProvided,
      String legalBasis,
      String decisionId,
      Integer decisionVersion,
      String approver,
      Instant at,
      Instant recordedAt) {}
}
