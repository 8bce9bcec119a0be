package jp.vaccinationoffice.caseserver.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.accounts.WebappSessions;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/** The webapps' engine API ({@code /operaton/api/engine/engine/{name}/...}): {@link AdministratorsOnlyEndpoints} for others is 403. */
class AdministratorsOnlyWebappFilter extends OncePerRequestFilter {

  private static final Pattern ENGINE_API = Pattern.compile("^/operaton/api/engine/engine/[^/]+/(.*)$");

  private final IdentityService identityService;

  AdministratorsOnlyWebappFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher engine = ENGINE_API.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (engine.matches() && AdministratorsOnlyEndpoints.covers(engine.group(1)) && !signedInAdministrator(request)) {
      Problems.write(response, 403, "administrators-only", "Administrators only", AdministratorsOnlyEndpoints.detail());
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean signedInAdministrator(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    List<String> users = session == null ? List.of() : WebappSessions.usersOf(session);
    return users.stream().anyMatch(user ->
        identityService.createUserQuery().userId(user).memberOfGroup(StaffGroups.ADMINS).count() > 0);
  }
}
