package jp.vaccinationoffice.caseserver.accounts;

import java.util.List;
import jp.vaccinationoffice.caseserver.demo.DemoAccounts;
import jp.vaccinationoffice.caseserver.demo.DemoAccounts.DemoAccount;
import jp.vaccinationoffice.caseserver.startup.StartupRefusedException;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the demo with a {@code DEMO_PASSWORD} the password policy would refuse. Checked
 * when the bean is created, which is before the demo accounts are seeded.
 */
@Component
@Profile("demo")
class DemoPasswordCheck {

  DemoPasswordCheck(StaffPasswordPolicy policy, @Value("${DEMO_PASSWORD:}") String demoPassword) {
    if (demoPassword.isEmpty()) {
      return;
    }
    for (DemoAccount account : DemoAccounts.ALL) {
      List<String> violations = policy.violations(demoPassword, asUser(account));
      if (!violations.isEmpty()) {
        throw new StartupRefusedException(
            "DEMO_PASSWORD does not meet the password policy (for the demo account " + account.userId()
                + "): it must be " + String.join("; ", violations) + ".",
            "Choose a DEMO_PASSWORD of at least " + StaffPasswordPolicy.MIN_LENGTH + " characters that is not a"
                + " common password and contains no demo user's id or name, or unset DEMO_PASSWORD to get a"
                + " random password per account.");
      }
    }
  }

  private static User asUser(DemoAccount account) {
    UserEntity user = new UserEntity(account.userId());
    user.setFirstName(account.firstName());
    user.setLastName(account.lastName());
    user.setEmail(account.userId() + "@example.invalid");
    return user;
  }
}
