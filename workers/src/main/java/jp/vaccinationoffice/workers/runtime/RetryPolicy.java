package jp.vaccinationoffice.workers.runtime;

import java.time.Duration;

/**
 * How often a failing external task is tried again and how long to wait in between. The engine
 * does not count retries down: the worker reports the retries left, and at zero the engine raises
 * an incident.
 */
public record RetryPolicy(int retries, Duration interval) {

  public RetryPolicy {
    if (retries < 0) {
      throw new IllegalArgumentException("retries must not be negative");
    }
  }

  /** Retries left after this failure; {@code null} retries means the task has not failed before. */
  public int retriesLeftAfterFailure(Integer retriesBefore) {
    return retriesBefore == null ? retries : Math.max(0, retriesBefore - 1);
  }
}
