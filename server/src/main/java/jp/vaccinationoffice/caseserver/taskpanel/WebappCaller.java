package jp.vaccinationoffice.caseserver.taskpanel;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;

/**
 * The member of staff signed in to the Operaton webapps in this session (the Tasklist's own
 * sign-in), with their groups and municipality read afresh from the engine's identity service.
 */
@Component
class WebappCaller {

  /** Where the webapps keep their {@link Authentications} in the session. */
  private static final String AUTHENTICATIONS = "authenticatedUser";
  private static final String ENGINE = "default";

  private final IdentityService identityService;

  WebappCaller(IdentityService identityService) {
    this.identityService = identityService;
  }

  Optional<StaffPrincipal> of(HttpSession session) {
    if (session == null || !(session.getAttribute(AUTHENTICATIONS) instanceof Authentications authentications)
        || authentications.getAuthenticationForProcessEngine(ENGINE) == null) {
      return Optional.empty();
    }
    String userId = authentications.getAuthenticationForProcessEngine(ENGINE).getIdentityId();
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toUnmodifiableSet());
    var tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list();
    String municipality = tenants.size() == 1 ? tenants.get(0).getId() : null;
    return Optional.of(new StaffPrincipal(userId, municipality, groups));
  }

}
