package jp.vaccinationoffice.caseserver.security;

import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Service;

/**
 * Grants engine permissions to a group. The engine keeps one grant per group, resource and resource
 * id, so permissions are added to the existing grant rather than in a second one.
 */
@Service
public class GroupGrants {

  private final AuthorizationService authorizationService;

  public GroupGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Idempotent: adds only the permissions the group does not have yet. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
