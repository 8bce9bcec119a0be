package jp.vaccinationoffice.caseserver.api;

import jp.vaccinationoffice.common.InvalidIdentifierException;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns refused requests into RFC 9457 problem bodies. Messages are written for the caller and
 * never repeat submitted values, so a mistyped My Number is not echoed back or logged.
 */
@RestControllerAdvice(basePackages = "jp.vaccinationoffice.caseserver")
public class ApiProblems {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(ApiException.class)
  ProblemDetail refused(ApiException e) {
    ProblemDetail problem = problem(e.status(), e.getMessage());
    e.properties().forEach(problem::setProperty);
    return problem;
  }

  @ExceptionHandler(InvalidIdentifierException.class)
  ProblemDetail invalidIdentifier(InvalidIdentifierException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    String field = JsonBodyProblems.describe(e.getCause());
    return problem(HttpStatus.BAD_REQUEST, field != null ? field : "the request body is not valid JSON of the expected shape"
        + " (check field types and that dates are real calendar dates, yyyy-MM-dd)");
  }

  /**
   * A body Jackson could read but not bind, e.g. a field of a record given twice; only a failure to
   * write the answer is the server's own.
   */
  @ExceptionHandler(HttpMessageConversionException.class)
  ProblemDetail unbindable(HttpMessageConversionException e) {
    if (e instanceof HttpMessageNotWritableException) {
      LOG.error("Answer could not be written", e);
      return problem(HttpStatus.INTERNAL_SERVER_ERROR, "the answer could not be written");
    }
    return problem(HttpStatus.BAD_REQUEST, "the request body is not valid JSON of the expected shape"
        + " (check that no field is given twice)");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail missingPart(MissingServletRequestPartException e) {
    return problem(HttpStatus.BAD_REQUEST, "the multipart field '" + e.getRequestPartName() + "' is missing");
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ProblemDetail concurrentChange(OptimisticLockingException e) {
    return problem(HttpStatus.CONFLICT, "the same record was changed by another request at the same time; try again");
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "your role does not allow this");
  }

  static ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status.getReasonPhrase());
    if (status.is5xxServerError()) {
      LOG.warn("Request failed: {}", detail);
    }
    return problem;
  }
}
