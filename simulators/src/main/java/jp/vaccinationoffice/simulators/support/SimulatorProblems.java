package jp.vaccinationoffice.simulators.support;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;
import jp.vaccinationoffice.common.InvalidIdentifierException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Problem bodies (RFC 9457) for the simulators' controllers only. Details name fields and rules but
 * never echo submitted values, which could be My Numbers.
 */
@RestControllerAdvice(basePackages = "jp.vaccinationoffice.simulators")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SimulatorProblems {

  public static final String TYPE_PREFIX = "urn:vaccination-office:simulators:problem:";

  private static final Logger log = LoggerFactory.getLogger(SimulatorProblems.class);

  @ExceptionHandler(SimulatorRequestException.class)
  ResponseEntity<ProblemDetail> refused(SimulatorRequestException e) {
    ResponseEntity<ProblemDetail> answer = problem(e.status(), e.type(), e.title(), e.getMessage());
    e.properties().forEach(answer.getBody()::setProperty);
    return answer;
  }

  @ExceptionHandler(InvalidIdentifierException.class)
  ResponseEntity<ProblemDetail> invalidIdentifier(InvalidIdentifierException e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-identifier", "Invalid identifier", e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", describe(e));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getHeaderName() + " header is required");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "parameter " + e.getParameterName() + " is required");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getName() + " has an invalid value");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type", "send application/json");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed", e.getMethod() + " is not supported here");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("simulator failed unexpectedly: {}", e.getClass().getName());
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error", "the simulator failed; see its log");
  }

  private static String describe(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
      String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
      return "field '" + path(invalid) + "' must be one of " + allowed;
    }
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return "field '" + path(mismatch) + "' has a wrong type or format";
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return "field '" + path(mapping) + "' is invalid";
    }
    if (cause == null) {
      return "a JSON request body is required";
    }
    return "the request body is not valid JSON";
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Redaction.scrub(detail));
    problem.setType(URI.create(TYPE_PREFIX + type));
    problem.setTitle(title);
    return ResponseEntity.status(status).body(problem);
  }
}
