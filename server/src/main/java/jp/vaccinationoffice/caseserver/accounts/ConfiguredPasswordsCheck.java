package jp.vaccinationoffice.caseserver.accounts;

import java.util.List;
import jp.vaccinationoffice.caseserver.demo.DemoAccounts;
import jp.vaccinationoffice.caseserver.demo.DemoAccounts.DemoAccount;
import jp.vaccinationoffice.caseserver.startup.StartupRefusedException;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a configured password the password policy would refuse: {@code DEMO_PASSWORD}
 * (demo profile) and the passwords of system accounts that features take from the configuration
 * ({@link ConfiguredPasswordSource}). Checked when this bean is created, which is before the demo
 * accounts are seeded, so the start fails with one clear message instead of an engine error half-way.
 */
@Component
class ConfiguredPasswordsCheck {

  ConfiguredPasswordsCheck(StaffPasswordPolicy policy, Environment environment,
      List<ConfiguredPasswordSource> sources) {
    String demoPassword = environment.getProperty("DEMO_PASSWORD", "");
    if (!demoPassword.isEmpty() && environment.acceptsProfiles(Profiles.of("demo"))) {
      for (DemoAccount account : DemoAccounts.ALL) {
        refuseIfWeak(policy.violations(demoPassword, user(account.userId(), account.userId() + "@example.invalid")),
            "DEMO_PASSWORD (the password of the demo account " + account.userId() + ")",
            "or unset DEMO_PASSWORD to get a random password per account.");
      }
    }
    for (ConfiguredPasswordSource source : sources) {
      for (ConfiguredPasswordSource.ConfiguredPassword configured : source.configuredPasswords(environment)) {
        refuseIfWeak(policy.violations(configured.password(), user(configured.userId(), null)), configured.what(),
            configured.alternative());
      }
    }
  }

  private static void refuseIfWeak(List<String> violations, String what, String alternative) {
    if (!violations.isEmpty()) {
      throw new StartupRefusedException(
          what + " does not meet the password policy: it must be " + String.join("; ", violations) + ".",
          "Choose a password of at least " + StaffPasswordPolicy.MIN_LENGTH + " characters that is not a common"
              + " password and does not contain the account's user id, " + alternative);
    }
  }

  private static User user(String id, String email) {
    UserEntity user = new UserEntity(id);
    user.setEmail(email);
    return user;
  }
}
