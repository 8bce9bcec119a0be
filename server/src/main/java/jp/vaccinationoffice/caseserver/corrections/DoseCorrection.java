package jp.vaccinationoffice.caseserver.corrections;

import java.time.Instant;

/**
 * What a correction changed: the dose, the item, the value before and after (as the ledger holds
 * them), whether the value differed, and whether this answer repeats an earlier application of the
 * same effect key.
 */
public record DoseCorrection(
    long correctionId,
    long doseId,
    DoseItem item,
    String oldValue,
    String newValue,
    boolean changed,
    Instant correctedAt,
    boolean replayed) {

  /** The values are personal information: never in a log line. */
  @Override
  public String toString() {
    return "DoseCorrection[" + correctionId + ", dose " + doseId + ", " + item + (changed ? ", changed" : ", unchanged")
        + (replayed ? ", replayed" : "") + "]";
  }
}
