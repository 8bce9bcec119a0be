package jp.vaccinationoffice.caseserver.accounts.throttle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code accounts.sign-in.*}: how failed sign-ins slow down and lock an account and a client address.
 *
 * @param delayBase the pause after a bucket's first counted failure (3 s); each further failure doubles it
 * @param delayFactor what each further failure multiplies the pause by (2)
 * @param maxDelay the cap of the pause (60 s)
 * @param accountLockAfter failures of one account that lock it against every address but its usual ones (10)
 * @param addressFreeFailures failures from one address that pass without a pause (5): an office behind one
 *     address mistypes now and then
 * @param addressLockAfter failures from one address that lock the address (30)
 * @param lockDuration how long a lock lasts; it lifts by itself (15 min)
 * @param failureMemory a bucket without a failure for this long starts counting afresh (1 h)
 * @param usualAddressPeriod an address of a successful sign-in within this period is the account's usual
 *     network (90 days)
 * @param usualNetworkPrefixIpv4 addresses in the same network of this prefix length count as the same
 *     usual network (24)
 * @param usualNetworkPrefixIpv6 the same for IPv6 (64); also the size of one address bucket
 */
@ConfigurationProperties("accounts.sign-in")
public record SignInThrottleProperties(
    Duration delayBase,
    Double delayFactor,
    Duration maxDelay,
    Integer accountLockAfter,
    Integer addressFreeFailures,
    Integer addressLockAfter,
    Duration lockDuration,
    Duration failureMemory,
    Duration usualAddressPeriod,
    Integer usualNetworkPrefixIpv4,
    Integer usualNetworkPrefixIpv6) {

  public SignInThrottleProperties {
    delayBase = delayBase == null ? Duration.ofSeconds(3) : delayBase;
    delayFactor = delayFactor == null ? 2.0 : delayFactor;
    maxDelay = maxDelay == null ? Duration.ofSeconds(60) : maxDelay;
    accountLockAfter = accountLockAfter == null ? 10 : accountLockAfter;
    addressFreeFailures = addressFreeFailures == null ? 5 : addressFreeFailures;
    addressLockAfter = addressLockAfter == null ? 30 : addressLockAfter;
    lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    failureMemory = failureMemory == null ? Duration.ofHours(1) : failureMemory;
    usualAddressPeriod = usualAddressPeriod == null ? Duration.ofDays(90) : usualAddressPeriod;
    usualNetworkPrefixIpv4 = usualNetworkPrefixIpv4 == null ? 24 : usualNetworkPrefixIpv4;
    usualNetworkPrefixIpv6 = usualNetworkPrefixIpv6 == null ? 64 : usualNetworkPrefixIpv6;
  }

  /** The pause after the {@code failures}-th failure of a bucket whose first {@code free} failures pass unpaused. */
  Duration delayAfter(int failures, int free) {
    int counted = failures - free;
    if (counted <= 0) {
      return Duration.ZERO;
    }
    double millis = delayBase.toMillis() * Math.pow(delayFactor, Math.min(counted - 1, 60));
    return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
  }
}
