package jp.vaccinationoffice.caseserver.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.identity.Tenant;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.identity.IdentityOperationResult;
import org.operaton.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's database identity provider plus the office's account rules. Every way of signing in
 * (webapp, engine REST API, {@code /api}) checks the password here, and every way of changing an
 * account (Admin webapp, engine REST API, Java API) saves it here, so the rules hold for all:
 * <ul>
 *   <li>a user id that was ever used is not given out again;</li>
 *   <li>each password change is recorded, for the expiry period;</li>
 *   <li>a member of staff belongs to one municipality (one tenant);</li>
 *   <li>a disabled account cannot sign in;</li>
 *   <li>sign-ins, failures, locks and account changes go to the sign-in log.</li>
 * </ul>
 * The engine's own throttling applies unchanged: each failure locks the account for a growing
 * delay, and {@code loginMaxAttempts} failures lock it until an administrator unlocks it.
 */
class StaffIdentityProvider extends DbIdentityServiceProvider {

  private final StaffAccountRegistry registry;
  private final SignInLog signInLog;
  private final List<String> systemGroups;

  StaffIdentityProvider(StaffAccountRegistry registry, SignInLog signInLog, List<String> systemGroups) {
    this.registry = registry;
    this.signInLog = signInLog;
    this.systemGroups = systemGroups;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    UserEntity entity = (UserEntity) user;
    boolean isNew = entity.getRevision() == 0;
    boolean passwordSet = entity.hasNewPassword();
    if (isNew && registry.isKnown(user.getId())) {
      throw new BadUserRequestException("The user id '" + user.getId() + "' was used before and is never given"
          + " to another account; choose another id.");
    }
    IdentityOperationResult result = super.saveUser(user);
    Instant now = now();
    if (isNew) {
      registry.register(user.getId(), now);
    } else if (passwordSet) {
      registry.passwordChanged(user.getId(), now);
    }
    if (passwordSet) {
      signInLog.record(SignInEvent.PASSWORD_SET, user.getId(), municipalityOf(user.getId()), "by=" + actor());
    }
    return result;
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    IdentityOperationResult result = super.deleteUser(userId);
    if (IdentityOperationResult.OPERATION_DELETE.equals(result.getOperation())) {
      registry.deleted(userId, now());
    }
    return result;
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    IdentityOperationResult result = super.createMembership(userId, groupId);
    if (Groups.OPERATON_ADMIN.equals(groupId)) {
      registry.becameAdmin(userId, now());
    }
    return result;
  }

  @Override
  public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
    CommandContext commandContext = Context.getCommandContext();
    List<String> others = commandContext.runWithoutAuthorization(
        () -> createTenantQuery(commandContext).userMember(userId).list().stream()
            .map(Tenant::getId).filter(id -> !id.equals(tenantId)).toList());
    if (!others.isEmpty()) {
      throw new BadUserRequestException("User '" + userId + "' already belongs to municipality " + others.get(0)
          + "; a member of staff belongs to one municipality. A person who moves gets a new account.");
    }
    IdentityOperationResult result = super.createTenantUserMembership(tenantId, userId);
    registry.municipality(userId, tenantId, now());
    return result;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    UserEntity user = userId == null ? null : findUserById(userId);
    if (user == null) {
      signInLog.record(SignInEvent.UNKNOWN_USER, userId, null, null);
      return false;
    }
    Optional<StaffAccount> account = registry.find(userId);
    String municipality = account.map(StaffAccount::municipalityCode).orElse(null);
    if (account.isPresent() && account.get().isDisabled()) {
      signInLog.record(SignInEvent.REFUSED_DISABLED, userId, municipality, null);
      return false;
    }
    boolean wasLocked = isUserLocked(user);
    boolean matched = super.checkPassword(userId, password);
    if (matched) {
      if (account.isEmpty()) {
        registry.register(userId, now());
      }
      signInLog.record(SignInEvent.SIGNED_IN, userId, municipality, null, isSystemAccount(userId));
    } else if (wasLocked) {
      signInLog.record(SignInEvent.REFUSED_LOCKED, userId, municipality, lockDetail(user));
    } else if (user.getAttempts() >= Context.getProcessEngineConfiguration().getLoginMaxAttempts()) {
      signInLog.record(SignInEvent.LOCKED, userId, municipality, "attempts=" + user.getAttempts());
    } else {
      signInLog.record(SignInEvent.FAILED, userId, municipality, lockDetail(user));
    }
    return matched;
  }

  @Override
  public IdentityOperationResult unlockUser(String userId) {
    IdentityOperationResult result = super.unlockUser(userId);
    if (IdentityOperationResult.OPERATION_UNLOCK.equals(result.getOperation())) {
      signInLog.record(SignInEvent.UNLOCKED, userId, municipalityOf(userId), "by=" + actor());
    }
    return result;
  }

  private String lockDetail(UserEntity user) {
    int maxAttempts = Context.getProcessEngineConfiguration().getLoginMaxAttempts();
    if (user.getAttempts() >= maxAttempts) {
      return "attempts=" + user.getAttempts() + " lockedUntil=unlocked-by-administrator";
    }
    return "attempts=" + user.getAttempts()
        + (user.getLockExpirationTime() == null ? "" : " lockedUntil=" + user.getLockExpirationTime().toInstant());
  }

  private boolean isSystemAccount(String userId) {
    return systemGroups.stream().anyMatch(group -> existsMembership(userId, group));
  }

  private String municipalityOf(String userId) {
    return registry.find(userId).map(StaffAccount::municipalityCode).orElse(null);
  }

  private static String actor() {
    CommandContext commandContext = Context.getCommandContext();
    String userId = commandContext == null ? null : commandContext.getAuthenticatedUserId();
    return userId == null ? "server" : SignInLog.clean(userId);
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
