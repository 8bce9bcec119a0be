package jp.vaccinationoffice.caseserver.hardening;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Cache-Control: no-store} on every response of the APIs that carry personal data (the case
 * API, the engine REST API and the webapps' APIs), so that neither the browser nor a proxy keeps a
 * copy. Whatever a later component sets (the webapps set {@code no-cache}) is replaced.
 */
class NoStoreFilter extends OncePerRequestFilter {

  static final String NO_STORE = "no-store";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
    response.setHeader(HttpHeaders.PRAGMA, "no-cache");
    chain.doFilter(request, new NoStoreResponse(response));
  }

  private static final class NoStoreResponse extends HttpServletResponseWrapper {

    NoStoreResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? NO_STORE : value);
    }

    @Override
    public void addHeader(String name, String value) {
      if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.setHeader(name, NO_STORE);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
