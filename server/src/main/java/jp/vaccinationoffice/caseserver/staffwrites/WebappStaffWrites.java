package jp.vaccinationoffice.caseserver.staffwrites;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import jp.vaccinationoffice.caseserver.hardening.RepeatableBodyRequest;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.Tenant;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.operaton.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link StaffWriteCheck} in front of the webapps' copy of the engine API
 * ({@code /operaton/api/engine/engine/{name}/...}), which the Tasklist uses. It runs before the
 * webapps' own filters, so the caller is the user the session holds for that engine; their groups and
 * municipalities are read afresh. Requests without a signed-in user go on and are refused there.
 */
class WebappStaffWrites extends OncePerRequestFilter {

  /** Where the webapps keep their {@link Authentications} in the session. */
  private static final String AUTHENTICATIONS = "authenticatedUser";
  private static final Pattern ENGINE_PATH = Pattern.compile("^/engine/([^/]+)(/.*)?$");

  private final IdentityService identityService;
  private final StaffWriteCheck check;

  WebappStaffWrites(IdentityService identityService, StaffWriteCheck check) {
    this.identityService = identityService;
    this.check = check;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher engine = ENGINE_PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    Authentication caller = engine.matches() && !EngineWriteRules.isRead(request.getMethod())
        ? caller(request.getSession(false), engine.group(1)) : null;
    if (caller == null) {
      chain.doFilter(request, response);
      return;
    }
    String path = EngineWriteRules.normalise(Arrays.asList(
        (engine.group(2) == null ? "" : engine.group(2)).split("/")));
    RepeatableBodyRequest repeatable = RepeatableBodyRequest.read(request, StaffWriteCheck.MAX_BODY_BYTES);
    Optional<Refusal> refusal = check.check(caller, request.getMethod(), path, request.getContentType(),
        () -> repeatable.tooLarge() ? null : repeatable.body());
    if (refusal.isPresent()) {
      Refusal problem = refusal.get();
      Problems.write(response, problem.status(), problem.type(), problem.title(), problem.detail(),
          problem.extensions());
      return;
    }
    chain.doFilter(repeatable, response);
  }

  private Authentication caller(HttpSession session, String engineName) {
    if (session == null || !(session.getAttribute(AUTHENTICATIONS) instanceof Authentications authentications)
        || authentications.getAuthenticationForProcessEngine(engineName) == null) {
      return null;
    }
    String userId = authentications.getAuthenticationForProcessEngine(engineName).getIdentityId();
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    return new Authentication(userId, groups, tenants);
  }
}
