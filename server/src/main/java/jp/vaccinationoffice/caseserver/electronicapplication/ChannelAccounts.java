package jp.vaccinationoffice.caseserver.electronicapplication;

import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * The system accounts of the electronic application channels ({@link ApplicationChannel}): members
 * of group {@code certificatechannels}, which may ask for challenges and send applications and
 * nothing else (no engine permissions, no municipality: the card says where the holder lives).
 */
@Service
public class ChannelAccounts {

  public static final String GROUP = "certificatechannels";
  public static final String ROLE = "CERTIFICATECHANNELS";

  private final IdentityService identityService;

  public ChannelAccounts(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void provision(ApplicationChannel channel, String password) {
    if (identityService.createGroupQuery().groupId(GROUP).count() == 0) {
      Group group = identityService.newGroup(GROUP);
      group.setName("電子申請チャネル (Electronic application channels)");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
    User user = identityService.createUserQuery().userId(channel.userId()).singleResult();
    boolean isNew = user == null;
    if (isNew) {
      user = identityService.newUser(channel.userId());
      user.setFirstName(channel == ApplicationChannel.KIOSK ? "Kiosk" : "App");
      user.setLastName("Channel");
    }
    user.setPassword(password);
    identityService.saveUser(user);
    if (isNew) {
      identityService.createMembership(channel.userId(), GROUP);
    }
  }
}
