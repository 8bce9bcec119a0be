package jp.vaccinationoffice.caseserver.staffwrites;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.impl.identity.Authentication;

/**
 * {@link StaffWriteCheck} inside {@code /engine-rest}, after the API's HTTP Basic filter has signed the
 * caller in. It runs before the API matches the request to a resource, so that a refused write is
 * refused whatever its media type. Paths are taken segment by segment without matrix parameters, as
 * the API matches them.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
class EngineRestStaffWrites implements ContainerRequestFilter {

  private final IdentityService identityService;
  private final StaffWriteCheck check;

  EngineRestStaffWrites(IdentityService identityService, StaffWriteCheck check) {
    this.identityService = identityService;
    this.check = check;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return;
    }
    String path = EngineWriteRules.normalise(
        request.getUriInfo().getPathSegments(true).stream().map(PathSegment::getPath).toList());
    check.check(caller, request.getMethod(), path, request.getHeaderString(HttpHeaders.CONTENT_TYPE), () -> body(request))
        .ifPresent(refusal -> request.abortWith(Response.status(refusal.status())
            .type("application/problem+json").entity(refusal.body()).build()));
  }

  private static byte[] body(ContainerRequestContext request) {
    try {
      byte[] body = request.getEntityStream().readNBytes(StaffWriteCheck.MAX_BODY_BYTES + 1);
      request.setEntityStream(new ByteArrayInputStream(body));
      return body.length > StaffWriteCheck.MAX_BODY_BYTES ? null : body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
