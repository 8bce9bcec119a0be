package jp.vaccinationoffice.simulators.support;

/** What an injected fault does to the calls it hits. */
public enum FaultMode {
  /** Answer HTTP 503 at once. */
  UNAVAILABLE,
  /** Hold the request longer than a client's read timeout, then answer 503. */
  TIMEOUT,
  /** Wait a while, then answer normally. */
  SLOW,
  /** Clear the fault of the operation. */
  NONE
}
