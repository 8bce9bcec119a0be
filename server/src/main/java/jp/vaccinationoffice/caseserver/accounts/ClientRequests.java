package jp.vaccinationoffice.caseserver.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the HTTP request being served at hand for the sign-in log, whose entries are written deep
 * inside the engine (which checks the passwords) where the request is not passed along.
 */
class ClientRequests extends OncePerRequestFilter {

  private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

  static HttpServletRequest current() {
    return CURRENT.get();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CURRENT.set(request);
    try {
      chain.doFilter(request, response);
    } finally {
      CURRENT.remove();
    }
  }
}
