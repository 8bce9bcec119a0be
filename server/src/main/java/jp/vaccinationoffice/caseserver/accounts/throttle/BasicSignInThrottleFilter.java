package jp.vaccinationoffice.caseserver.accounts.throttle;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an HTTP Basic sign-in ({@code /engine-rest}, {@code /api}, the actuator) that the
 * throttle refuses with 429 before the password is checked. The webapps' sign-in is throttled in
 * {@code WebappSignInFilter}.
 */
class BasicSignInThrottleFilter extends OncePerRequestFilter {

  private final SignInThrottle throttle;

  BasicSignInThrottleFilter(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> userId = basicUserId(request.getHeader("Authorization"));
    if (userId.isPresent()) {
      Optional<SignInRefusal> refusal = throttle.refusal(userId.get(), request.getRemoteAddr());
      if (refusal.isPresent()) {
        ThrottledAnswer.write(response, refusal.get());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  static Optional<String> basicUserId(String authorization) {
    if (authorization == null || authorization.length() < 6 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
