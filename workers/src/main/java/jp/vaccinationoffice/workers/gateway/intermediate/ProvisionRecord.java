package jp.vaccinationoffice.workers.gateway.intermediate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.vaccinationoffice.common.MunicipalityCode;

/**
 * A record of a provision (情報提供等の記録): who asked, who answered, what was provided, on
 * which legal basis and after which decision. {@code approver} is empty for automatic answers.
 */
public record ProvisionRecord(
    String inquiryId,
    MunicipalityCode requestingMunicipality,
    MunicipalityCode providingMunicipality,
    ProvisionOutcome outcome,
    List<String> itemsProvided,
    String legalBasis,
    String decisionId,
    int decisionVersion,
    String approver,
    Instant at) {

  public ProvisionRecord {
    Objects.requireNonNull(inquiryId, "inquiryId");
    Objects.requireNonNull(requestingMunicipality, "requestingMunicipality");
    Objects.requireNonNull(providingMunicipality, "providingMunicipality");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(at, "at");
    itemsProvided = itemsProvided == null ? List.of() : List.copyOf(itemsProvided);
  }
}
