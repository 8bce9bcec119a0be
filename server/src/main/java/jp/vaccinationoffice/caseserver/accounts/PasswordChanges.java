package jp.vaccinationoffice.caseserver.accounts;

import java.util.List;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;
import org.operaton.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A person changes their own password. The policy is checked first so that the answer lists what
 * the password lacks (the engine checks it again when saving), and the new password must differ
 * from the current one: re-entering the expired password is not a change.
 */
@Service
class PasswordChanges {

  private final IdentityService identityService;
  private final ProcessEngine processEngine;
  private final StaffPasswordPolicy policy;

  PasswordChanges(IdentityService identityService, ProcessEngine processEngine, StaffPasswordPolicy policy) {
    this.identityService = identityService;
    this.processEngine = processEngine;
    this.policy = policy;
  }

  void change(String userId, String newPassword) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw new AccountRefusal(HttpStatus.NOT_FOUND, "no-such-user", "There is no account " + userId + ".");
    }
    List<String> violations = policy.violations(newPassword, user);
    if (!violations.isEmpty()) {
      throw new AccountRefusal(HttpStatus.BAD_REQUEST, "password-policy",
          "The new password does not meet the password policy: it must be " + String.join("; ", violations) + ".",
          violations);
    }
    if (isCurrentPassword((UserEntity) user, newPassword)) {
      throw new AccountRefusal(HttpStatus.BAD_REQUEST, "password-unchanged",
          "The new password is the current password; choose a different one.");
    }
    user.setPassword(newPassword);
    identityService.saveUser(user);
  }

  /** Compared against the stored hash directly: a sign-in check would count a mismatch as a failed sign-in. */
  private boolean isCurrentPassword(UserEntity user, String candidate) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return user.getPassword() != null && configuration.getPasswordManager()
        .check(EncryptionUtil.saltPassword(candidate, user.getSalt()), user.getPassword());
  }
}
