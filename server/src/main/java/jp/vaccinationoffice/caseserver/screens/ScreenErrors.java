package jp.vaccinationoffice.caseserver.screens;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.hardening.ErrorPages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refusals on the screens become Japanese pages, ahead of the case API's problem bodies: a screen
 * answers a browser, not a program.
 */
@ControllerAdvice(basePackages = {"jp.vaccinationoffice.caseserver.portal", "jp.vaccinationoffice.caseserver.staffscreens"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScreenErrors {

  @ExceptionHandler(AccessDeniedException.class)
  void denied(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ErrorPages.write(response, homeOf(request), 403);
  }

  @ExceptionHandler(ApiException.class)
  void refused(ApiException refused, HttpServletRequest request, HttpServletResponse response) throws IOException {
    ErrorPages.write(response, homeOf(request), refused.status().value());
  }

  private static String homeOf(HttpServletRequest request) {
    String home = ErrorPages.homeOf(request.getRequestURI().substring(request.getContextPath().length()));
    return home != null ? home : "/";
  }
}
