package jp.vaccinationoffice.workers.gateway;

/**
 * The national system refused the request (HTTP 4xx other than 408 and 429): the request is wrong
 * and a retry of the same request cannot succeed.
 */
public class NationalSystemRejectedException extends NationalSystemException {

  private final int status;

  public NationalSystemRejectedException(NationalSystem system, String operation, int status, String reason) {
    super(system, operation, system + " " + operation + " rejected: HTTP " + status + (reason == null ? "" : " " + reason), null);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
