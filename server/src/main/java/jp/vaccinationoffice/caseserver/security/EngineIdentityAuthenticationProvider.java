package jp.vaccinationoffice.caseserver.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs staff in to {@code /api} and the actuator against the engine's identity service, the same
 * store the Operaton webapps and the engine REST API use, so there is one account per person.
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  public EngineIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null
        || !identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    return authenticated(userId);
  }

  /** The authentication of a user whose identity is already proven (e.g. by a webapp session). */
  public Authentication authenticated(String userId) {
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .collect(Collectors.toUnmodifiableSet());
    List<Tenant> tenants = identityService.createTenantQuery().userMember(userId).list();
    String municipalityCode = tenants.size() == 1 ? tenants.get(0).getId() : null;
    StaffPrincipal principal = new StaffPrincipal(userId, municipalityCode, groups);
    List<SimpleGrantedAuthority> authorities = groups.stream()
        .map(group -> new SimpleGrantedAuthority(StaffGroups.authorityOf(group)))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
