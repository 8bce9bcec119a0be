package jp.vaccinationoffice.caseserver.provision;

import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * The account VRS uses to deliver inquiries to {@code /api/vrs/inbound-inquiries}: a member of group
 * {@code vrssystems}, which may call that endpoint and nothing else (no engine permissions).
 */
@Service
public class VrsSystemAccount {

  public static final String GROUP = "vrssystems";
  public static final String ROLE = "VRSSYSTEMS";
  public static final String DEFAULT_USER = "vrssystem";

  private final IdentityService identityService;

  public VrsSystemAccount(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void provision(String userId, String password) {
    if (identityService.createGroupQuery().groupId(GROUP).count() == 0) {
      Group group = identityService.newGroup(GROUP);
      group.setName("VRS (ワクチン接種記録システム)");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    boolean isNew = user == null;
    if (isNew) {
      user = identityService.newUser(userId);
      user.setFirstName("VRS");
      user.setLastName("System");
    }
    user.setPassword(password);
    identityService.saveUser(user);
    if (isNew) {
      identityService.createMembership(userId, GROUP);
    }
  }
}
