package jp.vaccinationoffice.caseserver.accounts.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BucketsTest {

  @Test
  void anAccountBucketHoldsAHashNeverTheIdAsTyped() {
    assertThat(Buckets.account("my secret password")).startsWith("account:").hasSize("account:".length() + 64)
        .doesNotContain("secret");
    assertThat(Buckets.account("clerk")).isEqualTo(Buckets.account("clerk")).isNotEqualTo(Buckets.account("Clerk"));
  }

  @Test
  void ipv4AddressesAreTheirOwnBucketAndIpv6HostsShareTheirNetworks() {
    assertThat(Buckets.address("203.0.113.7", 64)).isEqualTo("address:203.0.113.7");
    assertThat(Buckets.address("2001:db8:1:2:aaaa::1", 64)).isEqualTo(Buckets.address("2001:db8:1:2:bbbb::9", 64))
        .isNotEqualTo(Buckets.address("2001:db8:1:3::1", 64));
  }

  @Test
  void theUsualNetworkIsTheConfiguredPrefixAndNamesAreNeverLookedUp() {
    assertThat(Buckets.sameNetwork("192.0.2.10", "192.0.2.200", 24, 64)).isTrue();
    assertThat(Buckets.sameNetwork("192.0.2.10", "192.0.3.10", 24, 64)).isFalse();
    assertThat(Buckets.sameNetwork("192.0.2.10", "192.0.2.11", 32, 64)).isFalse();
    assertThat(Buckets.sameNetwork("2001:db8::1", "2001:db8::ffff", 24, 64)).isTrue();
    assertThat(Buckets.sameNetwork("192.0.2.10", "2001:db8::1", 24, 64)).isFalse();
    assertThat(Buckets.sameNetwork("localhost", "127.0.0.1", 24, 64)).isFalse();
  }

  @Test
  void theDelayDoublesFromTheBaseAfterTheFreeFailuresUpToTheCap() {
    SignInThrottleProperties defaults = new SignInThrottleProperties(null, null, null, null, null, null, null, null,
        null, null, null);
    assertThat(defaults.delayAfter(1, 0)).isEqualTo(Duration.ofSeconds(3));
    assertThat(defaults.delayAfter(5, 0)).isEqualTo(Duration.ofSeconds(48));
    assertThat(defaults.delayAfter(6, 0)).isEqualTo(Duration.ofSeconds(60));
    assertThat(defaults.delayAfter(1000, 0)).isEqualTo(Duration.ofSeconds(60));
    assertThat(defaults.delayAfter(5, 5)).isZero();
    assertThat(defaults.delayAfter(6, 5)).isEqualTo(Duration.ofSeconds(3));
    assertThat(defaults.lockDuration()).isEqualTo(Duration.ofMinutes(15));
  }
}
