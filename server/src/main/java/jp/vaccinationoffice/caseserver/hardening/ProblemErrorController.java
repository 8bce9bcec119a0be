package jp.vaccinationoffice.caseserver.hardening;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page of the whole server, in place of Spring Boot's, which answers with its own JSON
 * shape and, when {@code /error} is requested directly, with a 500. An error forwarded here gets a
 * problem body for its status (the screens' paths a Japanese page); a direct request finds
 * nothing (404).
 */
@Controller
class ProblemErrorController implements ErrorController {

  @RequestMapping("/error")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer forwarded && forwarded >= 400 ? forwarded : 404;
    String screensHome = ErrorPages.homeOf((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    if (screensHome != null) {
      ErrorPages.write(response, screensHome, code);
      return;
    }
    Problems.writeForStatus(response, code);
  }
}
