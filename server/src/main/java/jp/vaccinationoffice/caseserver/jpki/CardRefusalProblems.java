package jp.vaccinationoffice.caseserver.jpki;

import jp.vaccinationoffice.caseserver.hardening.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused card: problem type {@code card-refused} with the {@code reason} (a {@link RefusalReason}). */
@RestControllerAdvice(basePackages = "jp.vaccinationoffice.caseserver")
@Order(Ordered.HIGHEST_PRECEDENCE)
class CardRefusalProblems {

  @ExceptionHandler(CardRefusedException.class)
  ProblemDetail refused(CardRefusedException refusal) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.reason().status(), refusal.getMessage());
    problem.setType(Problems.type(refusal.reason().status().is5xxServerError() ? "card-check-unavailable" : "card-refused"));
    problem.setTitle(refusal.reason().status().is5xxServerError() ? "Card check unavailable" : "Card refused");
    problem.setProperty("reason", refusal.reason().name());
    return problem;
  }
}
