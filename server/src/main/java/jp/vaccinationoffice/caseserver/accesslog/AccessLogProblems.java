package jp.vaccinationoffice.caseserver.accesslog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** RFC 9457 problem bodies for the access log API. */
@RestControllerAdvice(assignableTypes = AccessLogController.class)
class AccessLogProblems {

  @ExceptionHandler(InvalidAccessLogQuery.class)
  ProblemDetail invalidQuery(InvalidAccessLogQuery e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid access log query", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid access log query", e.getName() + " has an invalid value");
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role may not use this part of the access log");
  }

  @ExceptionHandler(AccessLogController.NoMunicipality.class)
  ProblemDetail noMunicipality(AccessLogController.NoMunicipality e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
