package jp.vaccinationoffice.caseserver.workers;

import static org.operaton.bpm.engine.authorization.Permissions.READ;
import static org.operaton.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.operaton.bpm.engine.authorization.Permissions.UPDATE;
import static org.operaton.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.operaton.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.operaton.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import jp.vaccinationoffice.caseserver.security.GroupGrants;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.Tenant;
import org.operaton.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * The system account the workers use on the engine REST API: a member of group {@code workers},
 * which may fetch, lock and complete external tasks of every municipality served, and nothing else.
 */
@Service
public class WorkerAccount {

  public static final String GROUP = "workers";

  private final IdentityService identityService;
  private final GroupGrants grants;

  public WorkerAccount(IdentityService identityService, GroupGrants grants) {
    this.identityService = identityService;
    this.grants = grants;
  }

  /** Creates the account if missing, sets its password and grants what the workers need. */
  public void provision(String userId, String password) {
    if (identityService.createGroupQuery().groupId(GROUP).count() == 0) {
      Group group = identityService.newGroup(GROUP);
      group.setName("外部タスクワーカー (Workers)");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identityService.newUser(userId);
      user.setFirstName("Case");
      user.setLastName("Worker");
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership(userId, GROUP);
    } else {
      user.setPassword(password);
      identityService.saveUser(user);
    }
    for (Tenant tenant : identityService.createTenantQuery().list()) {
      if (identityService.createTenantQuery().tenantId(tenant.getId()).groupMember(GROUP).count() == 0) {
        identityService.createTenantGroupMembership(tenant.getId(), GROUP);
      }
    }
    grants.grant(GROUP, PROCESS_INSTANCE, Authorization.ANY, READ, UPDATE);
    grants.grant(GROUP, PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, UPDATE_INSTANCE);
  }

  public boolean exists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }
}
