package jp.vaccinationoffice.caseserver.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.accounts.throttle.SignInRefusal;
import jp.vaccinationoffice.caseserver.accounts.throttle.SignInThrottle;
import jp.vaccinationoffice.caseserver.accounts.throttle.ThrottledAnswer;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import jp.vaccinationoffice.caseserver.hardening.RepeatableBodyRequest;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the Operaton webapps' API ({@code /operaton/api/*}), before their own filters:
 * <ul>
 *   <li>a sign-in that the throttle refuses gets 429 with a message the login page shows;</li>
 *   <li>a sign-in with an expired password is refused with a message the login page shows;</li>
 *   <li>a sign-out is logged;</li>
 *   <li>a session of a disabled account (signed in on another node, or before it was disabled) is
 *       ended, so the request fails as unauthenticated.</li>
 * </ul>
 */
class WebappSignInFilter extends OncePerRequestFilter {

  private static final Pattern LOGIN = Pattern.compile("^/operaton/api/admin/auth/user/[^/]+/login/[^/]+$");
  private static final Pattern LOGOUT = Pattern.compile("^/operaton/api/admin/auth/user/[^/]+/logout$");
  private static final int MAX_LOGIN_BYTES = 16 * 1024;

  private final IdentityService identityService;
  private final PasswordExpiry expiry;
  private final StaffAccountRegistry registry;
  private final SignInLog signInLog;
  private final SignInThrottle throttle;

  WebappSignInFilter(IdentityService identityService, PasswordExpiry expiry, StaffAccountRegistry registry,
      SignInLog signInLog, SignInThrottle throttle) {
    this.identityService = identityService;
    this.expiry = expiry;
    this.registry = registry;
    this.signInLog = signInLog;
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean post = "POST".equals(request.getMethod());
    if (post && LOGIN.matcher(path).matches()) {
      signIn(request, response, chain);
      return;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      if (post && LOGOUT.matcher(path).matches()) {
        WebappSessions.usersOf(session).forEach(userId ->
            signInLog.record(SignInEvent.SIGNED_OUT, userId, municipalityOf(userId), null));
      } else if (WebappSessions.usersOf(session).stream().anyMatch(this::isDisabled)) {
        WebappSessions.usersOf(session).forEach(userId ->
            signInLog.record(SignInEvent.SESSION_ENDED, userId, municipalityOf(userId), "reason=disabled"));
        session.invalidate();
      }
    }
    chain.doFilter(request, response);
  }

  private void signIn(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RepeatableBodyRequest repeatable = RepeatableBodyRequest.read(request, MAX_LOGIN_BYTES);
    Map<String, String> form = form(repeatable.bodyText());
    String userId = form.get("username");
    String password = form.get("password");
    Optional<SignInRefusal> refusal = throttle.refusal(userId, request.getRemoteAddr());
    if (refusal.isPresent()) {
      ThrottledAnswer.write(response, refusal.get());
      return;
    }
    if (repeatable.tooLarge() || userId == null || password == null || !expiry.isExpired(userId)) {
      chain.doFilter(repeatable, response);
      return;
    }
    // checked here rather than by the webapp, so that the password is checked (and counted) once
    if (!identityService.checkPassword(userId, password)) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    signInLog.record(SignInEvent.PASSWORD_EXPIRED, userId, municipalityOf(userId), null);
    String explanation = expiry.explanation();
    Problems.write(response, 403, "password-expired", "Password expired", explanation,
        Map.of("message", explanation));
  }

  private boolean isDisabled(String userId) {
    return registry.find(userId).map(StaffAccount::isDisabled).orElse(false);
  }

  private String municipalityOf(String userId) {
    return registry.find(userId).map(StaffAccount::municipalityCode).orElse(null);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        try {
          form.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notUrlEncoded) {
          return Map.of();
        }
      }
    }
    return form;
  }
}
