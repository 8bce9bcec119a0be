package jp.vaccinationoffice.caseserver.startup;

import java.util.List;
import jp.vaccinationoffice.caseserver.demo.DemoAccounts;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Production never runs with the demo accounts: their passwords were printed or are shared. */
@Component
@Profile("prod")
class ProdProfileGuard implements SmartInitializingSingleton {

  private final IdentityService identityService;

  ProdProfileGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> present = identityService.createUserQuery()
        .userIdIn(DemoAccounts.userIds().toArray(String[]::new))
        .list().stream().map(User::getId).toList();
    if (!present.isEmpty()) {
      throw new StartupRefusedException(
          "The prod profile refuses to start: demo accounts exist in this database " + present
              + ". Their passwords were printed at a demo start or shared, so anyone could sign in with them.",
          "Delete or rename these accounts in the Admin webapp (or use a database that never ran the demo"
              + " profile), then start again.");
    }
  }
}
