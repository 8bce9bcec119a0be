package jp.vaccinationoffice.workers.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotencyKeysTest extends GatewayTest {

  private static final CallScope SCOPE = CallScope.of("case-1", "query-vrs", "act-1");

  @Test
  void keysAreDerivedDeterministicallyFromTheCallScope() {
    String key = IdempotencyKeys.derive(SCOPE, NationalSystem.VRS, "QUERY");

    assertThat(key).matches("[0-9a-f]{64}");
    assertThat(IdempotencyKeys.derive(CallScope.of("case-1", "query-vrs", "act-1"), NationalSystem.VRS, "QUERY")).isEqualTo(key);
    assertThat(IdempotencyKeys.derive(CallScope.of("case-2", "query-vrs", "act-1"), NationalSystem.VRS, "QUERY")).isNotEqualTo(key);
    assertThat(IdempotencyKeys.derive(CallScope.of("case-1", "issue-ticket", "act-1"), NationalSystem.VRS, "QUERY")).isNotEqualTo(key);
    assertThat(IdempotencyKeys.derive(CallScope.of("case-1", "query-vrs", "act-2"), NationalSystem.VRS, "QUERY")).isNotEqualTo(key);
    assertThat(IdempotencyKeys.derive(SCOPE, NationalSystem.REGISTRY, "QUERY")).isNotEqualTo(key);
    assertThat(IdempotencyKeys.derive(SCOPE, NationalSystem.VRS, "REGISTER_TICKET")).isNotEqualTo(key);
    assertThat(IdempotencyKeys.derive(CallScope.of("ab", "c", "d"), NationalSystem.VRS, "QUERY"))
        .isNotEqualTo(IdempotencyKeys.derive(CallScope.of("a", "bc", "d"), NationalSystem.VRS, "QUERY"));
  }

  @Test
  void aSecondAttemptReusesTheRow() {
    String first = keys.begin(SCOPE, NationalSystem.VRS, "QUERY");
    NationalSystemCall recorded = keys.find(first).orElseThrow();
    assertThat(recorded.attempts()).isEqualTo(1);
    assertThat(recorded.system()).isEqualTo(NationalSystem.VRS);
    assertThat(recorded.operation()).isEqualTo("QUERY");
    assertThat(recorded.scope()).isEqualTo("act-1");
    assertThat(recorded.createdAt()).isNotNull();
    assertThat(recorded.completedAt()).isNull();
    assertThat(recorded.outcome()).isNull();

    keys.failed(first, "UNAVAILABLE");
    String second = keys.begin(SCOPE, NationalSystem.VRS, "QUERY");
    keys.completed(second, "FOUND");

    assertThat(second).isEqualTo(first);
    assertThat(rowCount()).isEqualTo(1);
    NationalSystemCall completed = keys.find(first).orElseThrow();
    assertThat(completed.attempts()).isEqualTo(2);
    assertThat(completed.outcome()).isEqualTo("FOUND");
    assertThat(completed.completedAt()).isAfterOrEqualTo(completed.createdAt());
  }

  @Test
  void aCallScopeNeedsAllItsParts() {
    assertThatThrownBy(() -> CallScope.of("case-1", " ", "act-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("activityId of a national-system call is required");
  }
}
