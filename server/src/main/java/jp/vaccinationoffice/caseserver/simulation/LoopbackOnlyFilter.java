package jp.vaccinationoffice.caseserver.simulation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The simulators answer anyone who asks, by design; unless {@code SIMULATORS_EXPOSED=true} only
 * requests from this machine reach them (the server's own workers and a browser on it), and
 * requests from any other address get 403.
 */
class LoopbackOnlyFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isLoopback(request.getRemoteAddr())) {
      Problems.write(response, 403, "simulators-loopback-only", "Simulators answer this machine only",
          "The simulated national systems under /sim answer requests from this machine only. Start the server with"
              + " SIMULATORS_EXPOSED=true to let other hosts use them.");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isLoopback(String address) {
    boolean literal = address != null
        && (address.matches("\\d{1,3}(\\.\\d{1,3}){3}") || address.matches("\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\\]?"));
    if (!literal) {
      return false;
    }
    try {
      return InetAddress.getByName(address.replaceAll("[\\[\\]]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
