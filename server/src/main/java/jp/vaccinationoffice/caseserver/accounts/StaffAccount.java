package jp.vaccinationoffice.caseserver.accounts;

import java.time.Instant;

/** The office's record of one staff account; it outlives the engine's user so the id stays taken. */
public record StaffAccount(
    String userId,
    String municipalityCode,
    Instant createdAt,
    Instant passwordChangedAt,
    Instant adminSince,
    Instant disabledAt,
    String disabledBy,
    String disabledReason,
    Instant deletedAt) {

  public boolean isDisabled() {
    return disabledAt != null;
  }
}
