package jp.vaccinationoffice.caseserver.accounts;

import jp.vaccinationoffice.caseserver.hardening.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem bodies for the account endpoints. Never repeats a submitted password. */
@RestControllerAdvice(assignableTypes = {AccountController.class, StaffAdministrationController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

  @ExceptionHandler(AccountRefusal.class)
  ProblemDetail refused(AccountRefusal refusal) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage());
    problem.setType(Problems.type(refusal.type()));
    problem.setTitle(refusal.status().getReasonPhrase());
    if (!refusal.violations().isEmpty()) {
      problem.setProperty("violations", refusal.violations());
    }
    return problem;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, "unreadable-request", "The request body is not the expected JSON object.");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Send application/json.");
  }

  private static ProblemDetail problem(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(Problems.type(type));
    problem.setTitle(status.getReasonPhrase());
    return problem;
  }
}
