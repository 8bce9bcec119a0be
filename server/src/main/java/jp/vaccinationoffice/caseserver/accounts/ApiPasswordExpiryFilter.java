package jp.vaccinationoffice.caseserver.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After Spring Security has signed the caller in to {@code /api} or the actuator: a caller whose
 * password has expired gets 403 with a problem body, except on the password change itself.
 */
class ApiPasswordExpiryFilter extends OncePerRequestFilter {

  static final String CHANGE_PATH = "/api/account/password";

  private final PasswordExpiry expiry;
  private final SignInLog signInLog;

  ApiPasswordExpiryFilter(PasswordExpiry expiry, SignInLog signInLog) {
    this.expiry = expiry;
    this.signInLog = signInLog;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
        && !isPasswordChange(request) && expiry.isExpired(staff.userId())) {
      signInLog.record(SignInEvent.PASSWORD_EXPIRED, staff.userId(), staff.municipalityCode(), null);
      Problems.write(response, 403, "password-expired", "Password expired", expiry.explanation());
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isPasswordChange(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "PUT".equals(request.getMethod()) && CHANGE_PATH.equals(path);
  }
}
