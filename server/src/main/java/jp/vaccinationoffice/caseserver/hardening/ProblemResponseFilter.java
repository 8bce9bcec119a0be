package jp.vaccinationoffice.caseserver.hardening;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import jp.vaccinationoffice.common.MyNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every error of the APIs an RFC 9457 problem body, whoever produced it. A component that
 * refuses with a bare status ({@code sendError} from Spring Security, Spring MVC or Jersey, or only a
 * status, as the engine REST API's authentication filter does) would otherwise get Tomcat's HTML
 * page or Spring's default error JSON; here the error is held back and answered with a problem body
 * for its status once the chain returns. An exception nobody handled becomes a logged 500 problem
 * without any of its message. Bodies that components write themselves are left alone.
 */
class ProblemResponseFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (engineIdIsAMyNumber(request)) {
      // no engine id is a My Number, and the engine would write the id to its log: answer as for an unknown id
      Problems.write(response, 404, "not-found", "Not Found", Problems.detailFor(404),
          Map.of("message", Problems.detailFor(404)));
      return;
    }
    HeldErrorResponse held = new HeldErrorResponse(response);
    try {
      chain.doFilter(request, held);
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      LOG.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), e);
      Problems.writeForStatus(response, 500);
      return;
    }
    if (request.isAsyncStarted() || response.isCommitted()) {
      return;
    }
    int status = held.heldStatus != 0 ? held.heldStatus : response.getStatus();
    if (status >= 400 && (held.heldStatus != 0 || !held.bodyStarted)) {
      Problems.writeForStatus(response, status);
    }
  }

  private static boolean engineIdIsAMyNumber(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/engine-rest/")) {
      return false;
    }
    for (String segment : path.split("/")) {
      if (MyNumber.isValid(segment)) {
        return true;
      }
    }
    return false;
  }

  /** Turns {@code sendError} into a status that this filter answers, and notes whether a body was begun. */
  private static final class HeldErrorResponse extends HttpServletResponseWrapper {

    private int heldStatus;
    private boolean bodyStarted;

    HeldErrorResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) {
      hold(status);
    }

    @Override
    public void sendError(int status, String message) {
      hold(status);
    }

    private void hold(int status) {
      heldStatus = status;
      super.resetBuffer();
      super.setStatus(status);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      bodyStarted = true;
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      bodyStarted = true;
      return super.getWriter();
    }
  }
}
