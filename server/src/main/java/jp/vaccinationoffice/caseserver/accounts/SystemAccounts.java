package jp.vaccinationoffice.caseserver.accounts;

import java.util.List;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The system accounts (the VRS account): members of {@code accounts.system-groups}.
 * They are configured, not administered: their passwords come from the server's configuration, and
 * nobody is added to or removed from their groups through the Admin webapp or the engine REST API.
 */
@Component
public class SystemAccounts {

  private final IdentityService identityService;
  private final List<String> groups;

  public SystemAccounts(IdentityService identityService, AccountsProperties properties) {
    this.identityService = identityService;
    this.groups = properties.systemGroups();
  }

  public boolean isSystemGroup(String groupId) {
    return groups.contains(groupId);
  }

  public boolean isSystemUser(String userId) {
    return userId != null && groups.stream()
        .anyMatch(group -> identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
  }
}
