package jp.vaccinationoffice.simulators.support;

import java.time.Duration;

/** A fault waiting to hit the next {@code remaining} calls of one operation. */
public record ActiveFault(String operation, FaultMode mode, int remaining, long delayMillis) {

  Duration delay() {
    return Duration.ofMillis(delayMillis);
  }

  ActiveFault consumeOne() {
    return new ActiveFault(operation, mode, remaining - 1, delayMillis);
  }
}
