package jp.vaccinationoffice.workers.gateway;

/**
 * A technical fault: HTTP 5xx, 408 or 429, a timeout, a connection error or an unreadable answer.
 * Workers let it fail the task so that the engine retries and finally raises an incident.
 */
public class NationalSystemUnavailableException extends NationalSystemException {

  public NationalSystemUnavailableException(NationalSystem system, String operation, String problem, Throwable cause) {
    super(system, operation, system + " " + operation + " " + problem, cause);
  }
}
