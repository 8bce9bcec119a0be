package jp.vaccinationoffice.simulators.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A request the simulated system refuses; becomes a problem body. The detail never holds a My Number. */
public class SimulatorRequestException extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final String type;
  private final Map<String, Object> properties = new LinkedHashMap<>();

  private SimulatorRequestException(HttpStatus status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public static SimulatorRequestException invalid(String detail) {
    return new SimulatorRequestException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
  }

  public static SimulatorRequestException notFound(String detail) {
    return new SimulatorRequestException(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
  }

  public static SimulatorRequestException conflict(String detail) {
    return new SimulatorRequestException(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
  }

  /** A refusal of its own kind, e.g. a wrong PIN; {@code type} is the last part of the problem type URN. */
  public static SimulatorRequestException refused(HttpStatus status, String type, String title, String detail) {
    return new SimulatorRequestException(status, type, title, detail);
  }

  /** A member of the problem body beside {@code detail}. */
  public SimulatorRequestException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String type() {
    return type;
  }

  public Map<String, Object> properties() {
    return Map.copyOf(properties);
  }
}
