package jp.vaccinationoffice.simulators.support;

import org.springframework.http.HttpStatus;

/** A request the simulated system refuses; becomes a problem body. The detail never holds a My Number. */
public class SimulatorRequestException extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  private SimulatorRequestException(HttpStatus status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public static SimulatorRequestException invalid(String detail) {
    return new SimulatorRequestException(HttpStatus.BAD_REQUEST, "Invalid request", detail);
  }

  public static SimulatorRequestException notFound(String detail) {
    return new SimulatorRequestException(HttpStatus.NOT_FOUND, "Not found", detail);
  }

  public static SimulatorRequestException conflict(String detail) {
    return new SimulatorRequestException(HttpStatus.CONFLICT, "Conflict", detail);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
