package jp.vaccinationoffice.caseserver.accounts.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles sign-in per account and per client address, with its state in the database so that
 * every server node counts the same failures:
 * <ul>
 *   <li>each failure pauses the account (and, after a few free ones, the address) for a delay that
 *       doubles with each failure up to a cap; during the pause the password is not checked;</li>
 *   <li>too many failures lock the account, or the address, for a while; the lock lifts by itself
 *       and an alert row goes to the access log;</li>
 *   <li>an account's lock does not apply from its usual network (the networks of its recent
 *       successful sign-ins), and neither does the address bucket: the person whose account is
 *       under attack from elsewhere still gets in after the pause.</li>
 * </ul>
 * Time is the engine's clock, so tests move it on instead of waiting.
 */
public class SignInThrottle {

  private final ThrottleStore store;
  private final UsualNetworks usualNetworks;
  private final SignInAlerts alerts;
  private final SignInThrottleProperties properties;
  private final TransactionTemplate savepoint;

  public SignInThrottle(ThrottleStore store, UsualNetworks usualNetworks, SignInAlerts alerts,
      SignInThrottleProperties properties, PlatformTransactionManager transactions) {
    this.store = store;
    this.usualNetworks = usualNetworks;
    this.alerts = alerts;
    this.properties = properties;
    // a savepoint in the caller's transaction (the engine's password check), not a second connection:
    // parallel failed sign-ins must never wait for each other's connections from the pool
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Why a sign-in as {@code userId} from {@code address} (null: not over HTTP) is refused now, if it
   * is. Without failures on record this is one query; the usual network is looked up only when a
   * bucket holds a pause or a lock.
   */
  public Optional<SignInRefusal> refusal(String userId, String address) {
    if (userId == null) {
      return Optional.empty();
    }
    Instant now = now();
    String accountBucket = Buckets.account(userId);
    String addressBucket = address == null ? null : addressBucket(address);
    Map<String, ThrottleState> states = store.findAll(accountBucket, addressBucket);
    ThrottleState account = states.get(accountBucket);
    ThrottleState fromAddress = addressBucket == null ? null : states.get(addressBucket);
    boolean held = account != null && (account.isPaused(now) || account.isLocked(now))
        || fromAddress != null && (fromAddress.isPaused(now) || fromAddress.isLocked(now));
    if (!held) {
      return Optional.empty();
    }
    boolean usual = usualNetworks.isUsual(userId, address, now);
    Optional<SignInRefusal> byAccount = account == null ? Optional.empty() : refusal(account, now, !usual, false);
    if (byAccount.isPresent() || usual || fromAddress == null) {
      return byAccount;
    }
    return refusal(fromAddress, now, true, true);
  }

  /** Counts a wrong password (or an unknown user id) against the account and the address. */
  public void failed(String userId, boolean accountExists, String address) {
    Instant now = now();
    boolean usual = usualNetworks.isUsual(userId, address, now);
    count(Buckets.account(userId), now, 0, properties.accountLockAfter(), locked -> {
      if (accountExists) {
        alerts.accountLocked(userId, locked.failures(), locked.lockedUntil(), address);
      }
    });
    if (address != null && !usual) {
      String addressBucket = addressBucket(address);
      count(addressBucket, now, properties.addressFreeFailures(), properties.addressLockAfter(),
          locked -> alerts.addressLocked(addressBucket, locked.failures(), locked.lockedUntil(), address));
    }
  }

  /** The right password: the account's count and pause end (a lock stays), and the address becomes usual. */
  public void succeeded(String userId, String address) {
    Instant now = now();
    store.clearFailures(Buckets.account(userId));
    usualNetworks.succeeded(userId, address, now);
  }

  /** Lifts the account's pause and lock at once; the end of the lock it lifted, if it was locked. */
  public Optional<Instant> unlock(String userId) {
    return store.lift(Buckets.account(userId)).filter(until -> until.isAfter(now()));
  }

  private Optional<SignInRefusal> refusal(ThrottleState state, Instant now, boolean lockApplies, boolean byAddress) {
    if (lockApplies && state.isLocked(now)) {
      return Optional.of(new SignInRefusal(state.lockedUntil(), true, byAddress));
    }
    if (state.isPaused(now)) {
      return Optional.of(new SignInRefusal(state.blockedUntil(), false, byAddress));
    }
    return Optional.empty();
  }

  /**
   * One more failure in the bucket, holding its row until the caller's transaction ends; inside a
   * savepoint, so that a bucket another node inserted at the same time is simply counted again. A
   * lock that starts now is alerted in the same transaction.
   */
  private void count(String bucket, Instant now, int free, int lockAfter, Consumer<ThrottleState> onLock) {
    try {
      savepoint.executeWithoutResult(status -> countLocked(bucket, now, free, lockAfter, onLock));
    } catch (DuplicateKeyException insertedByAnotherNode) {
      savepoint.executeWithoutResult(status -> countLocked(bucket, now, free, lockAfter, onLock));
    }
  }

  private void countLocked(String bucket, Instant now, int free, int lockAfter, Consumer<ThrottleState> onLock) {
    Optional<ThrottleState> before = store.findForUpdate(bucket);
    boolean remembered = before.isPresent()
        && before.get().lastFailureAt().isAfter(now.minus(properties.failureMemory()));
    int failures = remembered ? before.get().failures() + 1 : 1;
    Instant lockedUntil = before.map(ThrottleState::lockedUntil).orElse(null);
    boolean lockStarts = failures >= lockAfter && (lockedUntil == null || !lockedUntil.isAfter(now));
    if (lockStarts) {
      lockedUntil = now.plus(properties.lockDuration());
    }
    Duration pause = properties.delayAfter(failures, free);
    ThrottleState after = new ThrottleState(bucket, failures, now, pause.isZero() ? null : now.plus(pause), lockedUntil);
    if (before.isPresent()) {
      store.update(after);
    } else {
      store.forgetOlderThan(now.minus(properties.failureMemory()), now);
      store.insert(after);
    }
    if (lockStarts) {
      onLock.accept(after);
    }
  }

  private String addressBucket(String address) {
    return Buckets.address(address, properties.usualNetworkPrefixIpv6());
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
