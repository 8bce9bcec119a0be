package jp.vaccinationoffice.simulators.support;

/** How a call to a simulated system ended, as its call log shows it. */
public enum CallOutcome {
  OK,
  FOUND,
  NOT_FOUND,
  MATCHED,
  MISMATCHED,
  /** Refused with a 4xx answer (conflict, unknown inquiry, …). */
  REJECTED,
  /** Hit by an injected fault (UNAVAILABLE or TIMEOUT). */
  FAILED,
  /** Answered from the first call with the same Idempotency-Key. */
  REPLAYED
}
