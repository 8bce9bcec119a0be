package jp.vaccinationoffice.workers.gateway.intermediate;

import java.time.Instant;

/** The intermediate server's acknowledgement of a provision record. */
public record ProvisionRecordReceipt(String recordId, String inquiryId, Instant recordedAt) {

  /** The only outcome; the table records it as RECORDED. */
  public enum Outcome {
    RECORDED
  }
}
