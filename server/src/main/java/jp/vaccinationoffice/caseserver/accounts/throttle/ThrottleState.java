package jp.vaccinationoffice.caseserver.accounts.throttle;

import java.time.Instant;

/** One bucket's row of {@code sign_in_throttle}. */
record ThrottleState(String bucket, int failures, Instant lastFailureAt, Instant blockedUntil, Instant lockedUntil) {

  boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  boolean isPaused(Instant now) {
    return blockedUntil != null && blockedUntil.isAfter(now);
  }
}
