package jp.vaccinationoffice.caseserver.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.impl.identity.Authentication;

/** Inside the engine REST API, after its HTTP Basic filter: {@link AdministratorsOnlyEndpoints} for others is 403. */
public class AdministratorsOnlyRestFilter implements ContainerRequestFilter {

  private final IdentityService identityService;

  public AdministratorsOnlyRestFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!AdministratorsOnlyEndpoints.covers(request.getUriInfo().getPath())) {
      return;
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(StaffGroups.ADMINS)) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", Problems.type("administrators-only").toString());
    body.put("title", "Administrators only");
    body.put("status", 403);
    body.put("detail", AdministratorsOnlyEndpoints.detail());
    request.abortWith(Response.status(403).type("application/problem+json").entity(body).build());
  }
}
