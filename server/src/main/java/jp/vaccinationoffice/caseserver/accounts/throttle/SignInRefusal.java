package jp.vaccinationoffice.caseserver.accounts.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in refused without checking the password: the account or the client address is waiting
 * out a pause, or is locked, until {@code until}.
 */
public record SignInRefusal(Instant until, boolean locked, boolean byAddress) {

  /** Whole seconds until the refusal ends, at least 1: the value of a {@code Retry-After} header. */
  public long retryAfterSeconds(Instant now) {
    long millis = Duration.between(now, until).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  public String detail() {
    return (locked ? "Sign-in is locked" : "Sign-in is paused") + " after repeated failed sign-ins "
        + (byAddress ? "from this address" : "for this account") + " until " + until
        + ". Try again then; an administrator can lift a lock earlier.";
  }
}
