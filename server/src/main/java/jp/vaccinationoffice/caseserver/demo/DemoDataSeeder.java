package jp.vaccinationoffice.caseserver.demo;

import java.security.SecureRandom;
import jp.vaccinationoffice.caseserver.demo.DemoAccounts.DemoAccount;
import jp.vaccinationoffice.caseserver.electronicapplication.ApplicationChannel;
import jp.vaccinationoffice.caseserver.electronicapplication.ChannelAccounts;
import jp.vaccinationoffice.caseserver.municipality.ServedMunicipalities;
import jp.vaccinationoffice.caseserver.security.StaffGroups;
import jp.vaccinationoffice.caseserver.security.StaffPermissions;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo municipalities, groups and accounts. It runs after the engine is built and before
 * the web server accepts requests, so an administrator exists before anyone can reach the engine's
 * first-admin set-up. Passwords come from {@code DEMO_PASSWORD} or are generated anew at each start.
 */
@Component
@Profile("demo")
class DemoDataSeeder implements SmartInitializingSingleton {

  private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final IdentityService identityService;
  private final ServedMunicipalities municipalities;
  private final StaffPermissions staffPermissions;
  private final DemoCredentials credentials;
  private final String demoPassword;
  private final ChannelAccounts channelAccounts;
  private final Environment environment;
  private final SecureRandom random = new SecureRandom();

  DemoDataSeeder(IdentityService identityService, ServedMunicipalities municipalities,
      StaffPermissions staffPermissions, DemoCredentials credentials,
      @Value("${DEMO_PASSWORD:}") String demoPassword, ChannelAccounts channelAccounts,
      Environment environment) {
    this.identityService = identityService;
    this.channelAccounts = channelAccounts;
    this.environment = environment;
    this.municipalities = municipalities;
    this.staffPermissions = staffPermissions;
    this.credentials = credentials;
    this.demoPassword = demoPassword;
  }

  @Override
  public void afterSingletonsInstantiated() {
    municipalities.register(DemoAccounts.HOFU);
    municipalities.register(DemoAccounts.UBE);
    createGroup(StaffGroups.CLERKS, "職員", Groups.GROUP_TYPE_WORKFLOW);
    createGroup(StaffGroups.SUPERVISORS, "所属長", Groups.GROUP_TYPE_WORKFLOW);
    createGroup(StaffGroups.AUDITORS, "監査担当", Groups.GROUP_TYPE_WORKFLOW);
    createGroup(StaffGroups.ADMINS, "システム管理者", Groups.GROUP_TYPE_SYSTEM);
    for (DemoAccount account : DemoAccounts.ALL) {
      String password = demoPassword.isEmpty() ? randomPassword() : demoPassword;
      saveUser(account, password);
      credentials.put(account.userId(), password);
    }
    for (ApplicationChannel channel : ApplicationChannel.values()) {
      if (environment.getProperty("electronic-channels." + channel.userId() + "-password", "").isBlank()) {
        String password = demoPassword.isEmpty() ? randomPassword() : demoPassword;
        channelAccounts.provision(channel, password);
        credentials.put(channel.userId(), password);
      }
    }
    staffPermissions.grantDefaults();
  }

  private void createGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private void saveUser(DemoAccount account, String password) {
    User user = identityService.createUserQuery().userId(account.userId()).singleResult();
    boolean isNew = user == null;
    if (isNew) {
      user = identityService.newUser(account.userId());
      user.setFirstName(account.firstName());
      user.setLastName(account.lastName());
      user.setEmail(account.userId() + "@example.invalid");
    }
    user.setPassword(password);
    identityService.saveUser(user);
    if (isNew) {
      identityService.createMembership(account.userId(), account.group());
      identityService.createTenantUserMembership(account.municipalityCode(), account.userId());
    }
    identityService.unlockUser(account.userId());
  }

  private String randomPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
