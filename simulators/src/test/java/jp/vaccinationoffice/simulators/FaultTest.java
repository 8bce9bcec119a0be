package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultTest extends SimulatorTest {

  private static final String QUERY_PATH = "/sim/vrs/municipalities/" + HOFU + "/queries";

  @Test
  void unavailableAnswers503ForAsManyCallsAsAskedThenRecovers() {
    seedVrsPerson(HOFU, TARO, List.of(dose(1, "2021-06-01", "FA1234")));
    http.post("/sim/vrs/faults", Map.of("operation", "QUERY", "mode", "UNAVAILABLE", "count", 2));

    SimulatorHttp.Answer first = http.post(QUERY_PATH, Map.of("myNumber", TARO));
    SimulatorHttp.Answer second = http.post(QUERY_PATH, Map.of("myNumber", TARO));
    SimulatorHttp.Answer third = http.post(QUERY_PATH, Map.of("myNumber", TARO));

    assertProblem(first, 503, "VRS QUERY is unavailable");
    assertThat(second.status()).isEqualTo(503);
    assertThat(third.status()).isEqualTo(200);
    assertThat(third.body().path("outcome").asText()).isEqualTo("FOUND");
    assertThat(outcomes("QUERY")).containsExactly("FAILED", "FAILED", "FOUND");
    assertThat(http.get("/sim/vrs/faults").body()).isEmpty();
  }

  @Test
  void aFaultHitsOnlyItsOperation() {
    http.post("/sim/vrs/faults", Map.of("operation", "REGISTER_TICKET", "mode", "UNAVAILABLE"));

    assertThat(http.post(QUERY_PATH, Map.of("myNumber", TARO)).status()).isEqualTo(200);
    assertThat(http.post("/sim/vrs/municipalities/" + HOFU + "/tickets", Map.of("myNumber", TARO, "ticketNumber", "0000000001"), "t-1").status())
        .isEqualTo(503);
  }

  @Test
  void timeoutHoldsTheRequestBeyondTheClientsReadTimeout() {
    http.post("/sim/vrs/faults", Map.of("operation", "QUERY", "mode", "TIMEOUT", "count", 1));

    long started = System.nanoTime();
    assertThatThrownBy(() -> http.sendRaw(QUERY_PATH, "{\"myNumber\":\"" + TARO + "\"}", Duration.ofMillis(800)))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));

    assertThat(http.post(QUERY_PATH, Map.of("myNumber", TARO)).status()).isEqualTo(200);
    assertThat(outcomes("QUERY")).containsExactly("FAILED", "NOT_FOUND");
  }

  @Test
  void slowDelaysTheAnswerButAnswersNormally() {
    seedVrsPerson(HOFU, TARO, List.of(dose(1, "2021-06-01", "FA1234")));
    http.post("/sim/vrs/faults", Map.of("operation", "QUERY", "mode", "SLOW", "count", 1, "delayMillis", 2500));

    long started = System.nanoTime();
    SimulatorHttp.Answer slow = http.post(QUERY_PATH, Map.of("myNumber", TARO));
    Duration slowTook = Duration.ofNanos(System.nanoTime() - started);
    started = System.nanoTime();
    SimulatorHttp.Answer normal = http.post(QUERY_PATH, Map.of("myNumber", TARO));
    Duration normalTook = Duration.ofNanos(System.nanoTime() - started);

    assertThat(slow.body().path("outcome").asText()).isEqualTo("FOUND");
    assertThat(slowTook).isGreaterThanOrEqualTo(Duration.ofMillis(2500));
    assertThat(normal.body().path("outcome").asText()).isEqualTo("FOUND");
    // the fault was used up by the first call: the second is not held (a wide margin for a loaded machine)
    assertThat(normalTook).isLessThan(Duration.ofMillis(2500));
    assertThat(outcomes("QUERY")).containsExactly("FOUND", "FOUND");
  }

  @Test
  void noneClearsAFault() {
    http.post("/sim/vrs/faults", Map.of("operation", "QUERY", "mode", "UNAVAILABLE", "count", 5));
    JsonNode active = http.get("/sim/vrs/faults").body();
    assertThat(active).hasSize(1);
    assertThat(active.get(0).path("remaining").asInt()).isEqualTo(5);
    assertThat(active.get(0).path("mode").asText()).isEqualTo("UNAVAILABLE");
    assertThat(active.get(0).path("delayMillis").asLong()).isEqualTo(1500);

    http.post("/sim/vrs/faults", Map.of("operation", "QUERY", "mode", "NONE"));

    assertThat(http.get("/sim/vrs/faults").body()).isEmpty();
    assertThat(http.post(QUERY_PATH, Map.of("myNumber", TARO)).status()).isEqualTo(200);
  }

  @Test
  void refusesFaultsForUnknownOperationsOrBadCounts() {
    assertProblem(http.post("/sim/vrs/faults", Map.of("operation", "EXPLODE", "mode", "UNAVAILABLE")), 400, "operation must be one of");
    assertProblem(http.post("/sim/vrs/faults", Map.of("operation", "QUERY", "mode", "UNAVAILABLE", "count", 0)), 400, "count must be at least 1");
    assertProblem(http.post("/sim/vrs/faults", Map.of("operation", "QUERY")), 400, "mode is required");
  }

  @Test
  void registryAndIntermediateTakeFaultsToo() {
    http.post("/sim/registry/faults", Map.of("operation", "VERIFY", "mode", "UNAVAILABLE"));
    http.post("/sim/intermediate/faults", Map.of("operation", "RECORD_PROVISION", "mode", "UNAVAILABLE"));

    SimulatorHttp.Answer verification = http.post("/sim/registry/municipalities/" + HOFU + "/verifications",
        Map.of("myNumber", TARO, "familyName", "防府", "givenName", "太郎", "birthDate", "1960-04-01", "sex", "MALE"));
    SimulatorHttp.Answer provision = http.post("/sim/intermediate/provision-records", IntermediateTest.provision("inq-1"), "p-1");

    assertProblem(verification, 503, "REGISTRY VERIFY is unavailable");
    assertProblem(provision, 503, "INTERMEDIATE RECORD_PROVISION is unavailable");
    assertThat(http.get("/sim/registry/calls").body().get(0).path("outcome").asText()).isEqualTo("FAILED");
    assertThat(http.get("/sim/intermediate/calls").body().get(0).path("outcome").asText()).isEqualTo("FAILED");
  }

  private List<String> outcomes(String operation) {
    return http.get("/sim/vrs/calls?operation=" + operation).body().findValuesAsText("outcome");
  }
}
