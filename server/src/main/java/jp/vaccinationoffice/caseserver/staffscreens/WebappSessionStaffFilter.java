package jp.vaccinationoffice.caseserver.staffscreens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import jp.vaccinationoffice.caseserver.accounts.StaffAccount;
import jp.vaccinationoffice.caseserver.accounts.StaffAccountRegistry;
import jp.vaccinationoffice.caseserver.accounts.WebappSessions;
import jp.vaccinationoffice.caseserver.security.EngineIdentityAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request to the staff screens in as the member of staff signed in to the Operaton webapps
 * in the same session: one sign-in serves Tasklist and the counter screens alike, and a disabled
 * account is out of both at once.
 */
class WebappSessionStaffFilter extends OncePerRequestFilter {

  private final EngineIdentityAuthenticationProvider identities;
  private final StaffAccountRegistry accounts;

  WebappSessionStaffFilter(EngineIdentityAuthenticationProvider identities, StaffAccountRegistry accounts) {
    this.identities = identities;
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    List<String> users = session == null ? List.of() : WebappSessions.usersOf(session);
    if (users.size() == 1) {
      String userId = users.get(0);
      if (accounts.find(userId).map(StaffAccount::isDisabled).orElse(false)) {
        session.invalidate();
      } else {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(identities.authenticated(userId));
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }
}
