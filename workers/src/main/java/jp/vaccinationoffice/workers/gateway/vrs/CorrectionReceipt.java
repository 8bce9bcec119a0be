package jp.vaccinationoffice.workers.gateway.vrs;

import java.time.Instant;
import java.util.List;

/** The VRS's acknowledgement of a correction: its id and one notice per recipient municipality. */
public record CorrectionReceipt(
    String correctionId, String municipalityCode, int doseNumber, CorrectedItem item, List<Notice> notices, Instant correctedAt) {

  public CorrectionReceipt {
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /** A notice VRS passed on to a municipality that received the record. */
  public record Notice(String noticeId, String municipalityCode) {}

  /** The only outcome; the call table records it as CORRECTED. */
  public enum Outcome {
    CORRECTED
  }
}
