package jp.vaccinationoffice.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(5));

  @Test
  void countsDownFromTheConfiguredRetriesToZero() {
    assertThat(policy.retriesLeftAfterFailure(null)).isEqualTo(3);
    assertThat(policy.retriesLeftAfterFailure(3)).isEqualTo(2);
    assertThat(policy.retriesLeftAfterFailure(1)).isZero();
    assertThat(policy.retriesLeftAfterFailure(0)).isZero();
  }

  @Test
  void refusesNegativeRetries() {
    assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
