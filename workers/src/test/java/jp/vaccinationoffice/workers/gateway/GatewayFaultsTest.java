package jp.vaccinationoffice.workers.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import jp.vaccinationoffice.workers.gateway.intermediate.IntermediateGateway;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionRecord;
import jp.vaccinationoffice.workers.gateway.registry.RegistryGateway;
import jp.vaccinationoffice.workers.gateway.vrs.RecordsOutcome;
import jp.vaccinationoffice.workers.gateway.vrs.RecordsQueryResult;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayFaultsTest extends GatewayTest {

  private VrsGateway vrs;

  @BeforeEach
  void gateway() {
    vrs = new VrsGateway(client(NationalSystem.VRS, "vrs"), calls);
    simulators.seedVrsPerson(HOFU.value(), TARO_DIGITS, List.of(dose(1, "2021-06-01", "FA1234")));
  }

  @Test
  void unavailableIsATechnicalFailureThatLeavesTheRowForTheRetry() {
    simulators.fault("vrs", "QUERY", "UNAVAILABLE", 1, 0);
    CallScope scope = newScope("query-vrs");
    String key = IdempotencyKeys.derive(scope, NationalSystem.VRS, VrsGateway.QUERY);

    assertTechnicalFailure(() -> vrs.queryRecords(scope, HOFU, TARO), "VRS QUERY failed: HTTP 503");
    NationalSystemCall failed = keys.find(key).orElseThrow();
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.outcome()).isEqualTo("UNAVAILABLE");
    assertThat(failed.completedAt()).isNull();

    RecordsQueryResult retried = vrs.queryRecords(scope, HOFU, TARO);

    assertThat(retried.outcome()).isEqualTo(RecordsOutcome.FOUND);
    NationalSystemCall completed = keys.find(key).orElseThrow();
    assertThat(completed.attempts()).isEqualTo(2);
    assertThat(completed.outcome()).isEqualTo("FOUND");
    assertThat(completed.completedAt()).isNotNull();
    assertThat(simulators.outcomes("vrs", "QUERY")).containsExactly("FAILED", "FOUND");
  }

  @Test
  void timeoutFailsWithinTheReadTimeout() {
    simulators.fault("vrs", "QUERY", "TIMEOUT", 1, 0);
    Instant started = Instant.now();

    assertTechnicalFailure(() -> vrs.queryRecords(newScope("query-vrs"), HOFU, TARO), "VRS QUERY timed out after 1000 ms");

    assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofMillis(2500));
    assertThat(simulators.outcomes("vrs", "QUERY")).containsExactly("FAILED");
  }

  @Test
  void slowAnswersWithinTheReadTimeoutSucceed() {
    simulators.fault("vrs", "QUERY", "SLOW", 1, 500);

    assertThat(vrs.queryRecords(newScope("query-vrs"), HOFU, TARO).found()).isTrue();
  }

  @Test
  void slowAnswersBeyondTheReadTimeoutTimeOut() {
    simulators.fault("vrs", "QUERY", "SLOW", 1, 1500);

    assertTechnicalFailure(() -> vrs.queryRecords(newScope("query-vrs"), HOFU, TARO), "VRS QUERY timed out after 1000 ms");
  }

  @Test
  void theKeyIsRecordedBeforeTheCallIsSent() {
    simulators.fault("vrs", "QUERY", "SLOW", 1, 800);
    CallScope scope = newScope("query-vrs");
    String key = IdempotencyKeys.derive(scope, NationalSystem.VRS, VrsGateway.QUERY);

    CompletableFuture<RecordsQueryResult> inFlight = CompletableFuture.supplyAsync(() -> vrs.queryRecords(scope, HOFU, TARO));

    await().atMost(Duration.ofMillis(700)).until(() -> keys.find(key).isPresent());
    assertThat(inFlight).isNotDone();
    assertThat(keys.find(key).orElseThrow().completedAt()).isNull();
    assertThat(inFlight.join().found()).isTrue();
    assertThat(keys.find(key).orElseThrow().outcome()).isEqualTo("FOUND");
  }

  @Test
  void aRefusedConnectionIsATechnicalFailure() {
    NationalSystemProperties nowhere = new NationalSystemProperties();
    nowhere.setBaseUrl("http://localhost:1/sim/vrs");
    nowhere.setConnectTimeout(Duration.ofMillis(500));
    VrsGateway unreachable = new VrsGateway(new JsonHttpClient(NationalSystem.VRS, nowhere), calls);

    assertThatThrownBy(() -> unreachable.queryRecords(newScope("query-vrs"), HOFU, TARO))
        .isInstanceOf(NationalSystemUnavailableException.class)
        .hasMessageStartingWith("VRS QUERY ")
        .hasMessageNotContaining(TARO_DIGITS);
  }

  @Test
  void registryAndIntermediateFaultsAreTechnicalFailuresToo() {
    RegistryGateway registry = new RegistryGateway(client(NationalSystem.REGISTRY, "registry"), calls);
    IntermediateGateway intermediate = new IntermediateGateway(client(NationalSystem.INTERMEDIATE, "intermediate"), calls);
    simulators.fault("registry", "SUPPORT_MEASURE_LOOKUP", "UNAVAILABLE", 1, 0);
    simulators.fault("intermediate", "RECORD_PROVISION", "TIMEOUT", 1, 0);
    ProvisionRecord record = new ProvisionRecord("inq-1", HOFU, UBE, ProvisionOutcome.NOT_FOUND, List.of(),
        "番号法第19条第16号", "provision-permitted", 1, null, Instant.now());

    assertTechnicalFailure(() -> registry.lookUpSupportMeasure(newScope("check-protection"), HOFU, TARO),
        "REGISTRY SUPPORT_MEASURE_LOOKUP failed: HTTP 503");
    assertTechnicalFailure(() -> intermediate.recordProvision(newScope("record-provision"), record),
        "INTERMEDIATE RECORD_PROVISION timed out after 1000 ms");
  }

  private static void assertTechnicalFailure(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(NationalSystemUnavailableException.class)
        .hasMessage(message)
        .satisfies(GatewayFaultsTest::hasNoMyNumberInItsChain);
  }

  static void hasNoMyNumberInItsChain(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(TARO_DIGITS).doesNotContainPattern("\\d{12}");
    }
  }
}
