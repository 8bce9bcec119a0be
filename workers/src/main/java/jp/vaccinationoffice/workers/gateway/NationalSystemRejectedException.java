package jp.vaccinationoffice.workers.gateway;

import jp.vaccinationoffice.workers.runtime.PermanentFailure;

/**
 * The national system refused the request (HTTP 4xx other than 408 and 429): the request is wrong
 * and a retry of the same request cannot succeed, so it is not retried.
 */
public class NationalSystemRejectedException extends NationalSystemException implements PermanentFailure {

  /** The BPMN error a model catches to handle a refusal as a business outcome. */
  public static final String ERROR_CODE = "NATIONAL_SYSTEM_REJECTED";

  private final int status;

  public NationalSystemRejectedException(NationalSystem system, String operation, int status, String reason) {
    super(system, operation, system + " " + operation + " rejected: HTTP " + status + (reason == null ? "" : " " + reason), null);
    this.status = status;
  }

  public int status() {
    return status;
  }

  @Override
  public String errorCode() {
    return ERROR_CODE;
  }

  /** System, operation, status and the problem's title and detail, as in the message. */
  @Override
  public String title() {
    return getMessage();
  }
}
