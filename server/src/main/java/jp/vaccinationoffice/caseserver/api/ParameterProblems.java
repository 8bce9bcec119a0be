package jp.vaccinationoffice.caseserver.api;

import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Query and path parameters of the case API that are missing, of the wrong type or too long: 400 naming the parameter, never its value. */
@RestControllerAdvice(basePackages = "jp.vaccinationoffice.caseserver")
class ParameterProblems {

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
    return ApiProblems.problem(HttpStatus.BAD_REQUEST, "the parameter '" + e.getName() + "' does not have the"
        + " expected type" + (e.getRequiredType() == null ? "" : " (" + e.getRequiredType().getSimpleName() + ")"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return ApiProblems.problem(HttpStatus.BAD_REQUEST, "the parameter '" + e.getParameterName() + "' is required");
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ProblemDetail invalidParameter(HandlerMethodValidationException e) {
    String reasons = e.getParameterValidationResults().stream()
        .map(result -> "the parameter '" + result.getMethodParameter().getParameterName() + "' "
            + result.getResolvableErrors().stream().map(error -> error.getDefaultMessage())
                .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
    return ApiProblems.problem(HttpStatus.BAD_REQUEST, reasons);
  }
}
