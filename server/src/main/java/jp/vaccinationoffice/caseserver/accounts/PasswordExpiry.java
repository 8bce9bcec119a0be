package jp.vaccinationoffice.caseserver.accounts;

import java.time.Instant;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;

/**
 * Whether a password is older than {@code accounts.password-max-age}. The office's privacy impact
 * assessment (III, ユーザ認証の管理) promises passwords with a limited validity, so an expired
 * password still signs in only to be changed. System accounts do not expire.
 */
@Service
public class PasswordExpiry {

  private final StaffAccountRegistry registry;
  private final ProcessEngine processEngine;
  private final AccountsProperties properties;

  public PasswordExpiry(StaffAccountRegistry registry, ProcessEngine processEngine, AccountsProperties properties) {
    this.registry = registry;
    this.processEngine = processEngine;
    this.properties = properties;
  }

  public boolean isExpired(String userId) {
    if (userId == null) {
      return false;
    }
    boolean tooOld = registry.find(userId)
        .map(account -> account.passwordChangedAt().plus(properties.passwordMaxAge()).isBefore(now()))
        .orElse(false);
    return tooOld && !isSystemAccount(userId);
  }

  public String explanation() {
    return "The password of this account has expired: it is older than " + properties.passwordMaxAge().toDays()
        + " days and must be changed before the account can be used again."
        + " Change it at /account/password.html (or PUT /api/account/password), then sign in with the new one."
        + " パスワードの有効期限が切れています。/account/password.html で変更してから、新しいパスワードでログインしてください。";
  }

  /** Asked without the caller's authorizations: a worker need not be allowed to read its own group. */
  private boolean isSystemAccount(String userId) {
    String[] groups = properties.systemGroups().toArray(String[]::new);
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return groups.length > 0 && configuration.getCommandExecutorTxRequired().execute(
        commandContext -> commandContext.runWithoutAuthorization(() -> commandContext.getReadOnlyIdentityProvider()
            .createGroupQuery(commandContext).groupMember(userId).groupIdIn(groups).count() > 0));
  }

  private static Instant now() {
    return StaffIdentityProvider.now();
  }
}
