package jp.vaccinationoffice.caseserver.accounts;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.input.FreeText;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.Tenant;
import org.operaton.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disables an account when its holder leaves the office or moves to another post (異動). The
 * account stays, with its id, for the records that name it; it loses its groups and its
 * municipality, gets a random password nobody knows, and can no longer sign in (checked at every
 * sign-in). The holder's webapp sessions on this node end at once; on other nodes their next
 * request ends them. A disabled account is not enabled again: the person gets a new account.
 */
@Service
class StaffDisabling {

  static final int MAX_REASON_LENGTH = 500;

  record Disabled(String userId, String municipalityCode, Instant disabledAt, String disabledBy, String reason,
      int sessionsEnded) {}

  private final IdentityService identityService;
  private final StaffAccountRegistry registry;
  private final WebappSessions sessions;
  private final SignInLog signInLog;
  private final TransactionTemplate transaction;
  private final SystemAccounts systemAccounts;
  private final SecureRandom random = new SecureRandom();

  StaffDisabling(IdentityService identityService, StaffAccountRegistry registry, WebappSessions sessions,
      SignInLog signInLog, TransactionTemplate transaction, SystemAccounts systemAccounts) {
    this.systemAccounts = systemAccounts;
    this.identityService = identityService;
    this.registry = registry;
    this.sessions = sessions;
    this.signInLog = signInLog;
    this.transaction = transaction;
  }

  Disabled disable(String userId, String adminId, String givenReason) {
    FreeText.Checked checked = FreeText.line(givenReason, MAX_REASON_LENGTH);
    if (checked.refused()) {
      throw new AccountRefusal(HttpStatus.BAD_REQUEST, "reason-required",
          "reason " + checked.problem() + ": give the reason for disabling the account (e.g. 異動 and the date), on"
              + " one line of at most " + MAX_REASON_LENGTH + " characters.");
    }
    String reason = checked.value();
    if (userId.equals(adminId)) {
      throw new AccountRefusal(HttpStatus.CONFLICT, "own-account",
          "Administrators cannot disable their own account; ask another administrator.");
    }
    if (systemAccounts.isSystemUser(userId)) {
      throw new AccountRefusal(HttpStatus.FORBIDDEN, "system-account",
          "System accounts are configured, not administered: change or remove their configuration instead.");
    }
    Optional<StaffAccount> earlier = registry.find(userId).filter(StaffAccount::isDisabled);
    if (earlier.isPresent()) {
      return disabled(earlier.get(), 0);
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw new AccountRefusal(HttpStatus.NOT_FOUND, "no-such-user", "There is no account " + userId + ".");
    }
    transaction.executeWithoutResult(status -> takeAway(user, adminId, reason));
    int ended = sessions.end(userId);
    StaffAccount account = registry.find(userId).orElseThrow();
    signInLog.record(SignInEvent.DISABLED, userId, account.municipalityCode(),
        "by=" + SignInLog.clean(adminId) + " sessionsEnded=" + ended);
    return disabled(account, ended);
  }

  /** One transaction: the engine's commands join it, so the account is disabled entirely or not at all. */
  private void takeAway(User user, String adminId, String reason) {
    String userId = user.getId();
    registry.disabled(userId, StaffIdentityProvider.now(), adminId, reason);
    for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
      identityService.deleteMembership(userId, group.getId());
    }
    for (Tenant tenant : identityService.createTenantQuery().userMember(userId).list()) {
      identityService.deleteTenantUserMembership(tenant.getId(), userId);
    }
    user.setPassword(randomPassword());
    identityService.saveUser(user);
  }

  private String randomPassword() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  private static Disabled disabled(StaffAccount account, int sessionsEnded) {
    return new Disabled(account.userId(), account.municipalityCode(), account.disabledAt(), account.disabledBy(),
        account.disabledReason(), sessionsEnded);
  }
}
