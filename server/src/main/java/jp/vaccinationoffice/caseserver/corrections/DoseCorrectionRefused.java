package jp.vaccinationoffice.caseserver.corrections;

/**
 * A correction the ledger cannot make: no such dose in the municipality, a value the ledger would
 * not hold, a dose number another dose of the person has. A business outcome for the caller (the
 * correction process ends the effect with it); the message names the item, never a value.
 */
public class DoseCorrectionRefused extends RuntimeException {

  /** Why the correction was refused. */
  public enum Reason {
    DOSE_NOT_FOUND,
    INVALID_VALUE,
    DOSE_NUMBER_TAKEN
  }

  private final Reason reason;

  DoseCorrectionRefused(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  static DoseCorrectionRefused invalid(String message) {
    return new DoseCorrectionRefused(Reason.INVALID_VALUE, message);
  }

  public Reason reason() {
    return reason;
  }
}
