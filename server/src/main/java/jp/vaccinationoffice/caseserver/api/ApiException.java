package jp.vaccinationoffice.caseserver.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A request the case API refuses, with the status and the reason to show the caller. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final Map<String, Object> properties = new LinkedHashMap<>();

  public ApiException(HttpStatus status, String detail) {
    super(detail, null, false, false);
    this.status = status;
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, detail);
  }

  public static ApiException notFound(String what) {
    return new ApiException(HttpStatus.NOT_FOUND, what + " not found");
  }

  public static ApiException conflict(String detail) {
    return new ApiException(HttpStatus.CONFLICT, detail);
  }

  /** A member of the problem body beside {@code detail}, e.g. the id of the case the caller should open. */
  public ApiException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public Map<String, Object> properties() {
    return Map.copyOf(properties);
  }

  public HttpStatus status() {
    return status;
  }
}
