package jp.vaccinationoffice.caseserver.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.accounts.throttle.SignInRefusal;
import jp.vaccinationoffice.caseserver.accounts.throttle.SignInThrottle;
import org.operaton.bpm.engine.AuthorizationException;
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
 * Failed sign-ins are throttled per account and per client address by {@link SignInThrottle}
 * instead of the engine's own counting.
 */
class StaffIdentityProvider extends DbIdentityServiceProvider {

  private final StaffAccountRegistry registry;
  private final SignInLog signInLog;
  private final List<String> systemGroups;
  private final SignInThrottle throttle;

  StaffIdentityProvider(StaffAccountRegistry registry, SignInLog signInLog, List<String> systemGroups,
      SignInThrottle throttle) {
    this.registry = registry;
    this.signInLog = signInLog;
    this.systemGroups = systemGroups;
    this.throttle = throttle;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    UserEntity entity = (UserEntity) user;
    boolean isNew = entity.getRevision() == 0;
    if (!isNew) {
      refuseAdministering(user.getId(), null);
    }
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
    refuseAdministering(userId, null);
    IdentityOperationResult result = super.deleteUser(userId);
    if (IdentityOperationResult.OPERATION_DELETE.equals(result.getOperation())) {
      registry.deleted(userId, now());
    }
    return result;
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    refuseAdministering(userId, groupId);
    IdentityOperationResult result = super.createMembership(userId, groupId);
    if (Groups.OPERATON_ADMIN.equals(groupId)) {
      registry.becameAdmin(userId, now());
    }
    return result;
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    refuseAdministering(userId, groupId);
    return super.deleteMembership(userId, groupId);
  }

  @Override
  public IdentityOperationResult saveGroup(org.operaton.bpm.engine.identity.Group group) {
    refuseAdministering(null, group.getId());
    return super.saveGroup(group);
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    refuseAdministering(null, groupId);
    return super.deleteGroup(groupId);
  }

  @Override
  public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
    refuseAdministering(userId, null);
    return super.deleteTenantUserMembership(tenantId, userId);
  }

  @Override
  public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
    refuseAdministering(null, groupId);
    return super.createTenantGroupMembership(tenantId, groupId);
  }

  @Override
  public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
    refuseAdministering(null, groupId);
    return super.deleteTenantGroupMembership(tenantId, groupId);
  }

  @Override
  public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
    refuseAdministering(userId, null);
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

  /**
   * Replaces the engine's own throttling, which counts in the user's row and ends in a lock only an
   * administrator lifts: {@link SignInThrottle} pauses and locks per account and per client address,
   * in the database, and locks lift by themselves.
   */
  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null || password == null) {
      return false;
    }
    String address = clientAddress();
    Optional<SignInRefusal> refusal = throttle.refusal(userId, address);
    UserEntity user = findUserById(userId);
    Optional<StaffAccount> account = user == null ? Optional.empty() : registry.find(userId);
    String municipality = account.map(StaffAccount::municipalityCode).orElse(null);
    if (refusal.isPresent()) {
      signInLog.record(SignInEvent.REFUSED_LOCKED, userId, municipality, "until=" + refusal.get().until()
          + (refusal.get().byAddress() ? " by=address" : " by=account"));
      return false;
    }
    if (user == null) {
      signInLog.record(SignInEvent.UNKNOWN_USER, userId, null, null);
      throttle.failed(userId, false, address);
      return false;
    }
    if (account.isPresent() && account.get().isDisabled()) {
      signInLog.record(SignInEvent.REFUSED_DISABLED, userId, municipality, null);
      return false;
    }
    if (matchPassword(password, user)) {
      if (account.isEmpty()) {
        registry.register(userId, now());
      }
      throttle.succeeded(userId, address);
      signInLog.record(SignInEvent.SIGNED_IN, userId, municipality, null, isSystemAccount(userId));
      return true;
    }
    throttle.failed(userId, true, address);
    Optional<SignInRefusal> after = throttle.refusal(userId, address);
    boolean locked = after.map(SignInRefusal::locked).orElse(false);
    signInLog.record(locked ? SignInEvent.LOCKED : SignInEvent.FAILED, userId, municipality,
        after.map(next -> "until=" + next.until()).orElse(null));
    return false;
  }

  /** Lifts the throttle's lock too, and the engine's own lock of accounts locked before the throttle existed. */
  @Override
  public IdentityOperationResult unlockUser(String userId) {
    IdentityOperationResult result = super.unlockUser(userId);
    Optional<java.time.Instant> lifted = findUserById(userId) == null ? Optional.empty() : throttle.unlock(userId);
    if (IdentityOperationResult.OPERATION_UNLOCK.equals(result.getOperation()) || lifted.isPresent()) {
      signInLog.record(SignInEvent.UNLOCKED, userId, municipalityOf(userId), "by=" + actor());
      return new IdentityOperationResult(null, IdentityOperationResult.OPERATION_UNLOCK);
    }
    return result;
  }

  /**
   * System accounts and their groups are configured by the server (which changes them without a
   * signed-in user), never administered by a person through the webapps or the engine REST API.
   */
  private void refuseAdministering(String userId, String groupId) {
    CommandContext commandContext = Context.getCommandContext();
    String actor = commandContext == null ? null : commandContext.getAuthenticatedUserId();
    if (actor == null) {
      return;
    }
    boolean systemGroup = groupId != null && systemGroups.contains(groupId);
    boolean systemUser = userId != null && commandContext.runWithoutAuthorization(() -> isSystemAccount(userId));
    if (systemGroup || systemUser) {
      throw new AuthorizationException("System accounts and their groups are configured by the server, not"
          + " administered: '" + (systemUser ? userId : groupId) + "' cannot be changed by " + SignInLog.clean(actor) + ".");
    }
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

  private static String clientAddress() {
    jakarta.servlet.http.HttpServletRequest request = ClientRequests.current();
    return request == null ? null : request.getRemoteAddr();
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
