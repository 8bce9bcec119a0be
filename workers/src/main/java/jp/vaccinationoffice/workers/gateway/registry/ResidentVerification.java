package jp.vaccinationoffice.workers.gateway.registry;

import java.util.List;

/**
 * The registry's answer. MATCHED carries the addressee number and the support-measure (DV
 * protection) flag; MISMATCHED names the differing items; NOT_REGISTERED carries nothing.
 */
public record ResidentVerification(
    VerificationOutcome outcome, List<BasicItem> mismatchedItems, String addresseeNumber, Boolean supportMeasure) {

  public ResidentVerification {
    mismatchedItems = mismatchedItems == null ? List.of() : List.copyOf(mismatchedItems);
  }

  public boolean matched() {
    return outcome == VerificationOutcome.MATCHED;
  }

  /** True only for a matched resident under a support measure. */
  public boolean underSupportMeasure() {
    return Boolean.TRUE.equals(supportMeasure);
  }
}
