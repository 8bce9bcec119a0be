package jp.vaccinationoffice.caseserver.accounts;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.impl.identity.Authentication;

/**
 * Runs inside the engine REST API after its HTTP Basic filter has signed the caller in: a caller
 * whose password has expired gets 403 with a problem body, except when changing that password
 * ({@code PUT /user/{own id}/credentials}) or reading or checking the password policy.
 */
class EngineRestPasswordExpiryFilter implements ContainerRequestFilter {

  private final IdentityService identityService;
  private final PasswordExpiry expiry;
  private final SignInLog signInLog;

  EngineRestPasswordExpiryFilter(IdentityService identityService, PasswordExpiry expiry, SignInLog signInLog) {
    this.identityService = identityService;
    this.expiry = expiry;
    this.signInLog = signInLog;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return;
    }
    String userId = authentication.getUserId();
    String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
    if (isAllowed(request.getMethod(), path, userId) || !expiry.isExpired(userId)) {
      return;
    }
    String municipality = authentication.getTenantIds() == null || authentication.getTenantIds().size() != 1
        ? null : authentication.getTenantIds().get(0);
    signInLog.record(SignInEvent.PASSWORD_EXPIRED, userId, municipality, null);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", Problems.type("password-expired").toString());
    body.put("title", "Password expired");
    body.put("status", 403);
    body.put("detail", expiry.explanation()
        + " Through this API: PUT /engine-rest/user/" + userId + "/credentials.");
    request.abortWith(Response.status(403).type("application/problem+json").entity(body).build());
  }

  private static boolean isAllowed(String method, String path, String userId) {
    return ("PUT".equals(method) && path.equals("user/" + userId + "/credentials"))
        || path.equals("identity/password-policy");
  }
}
