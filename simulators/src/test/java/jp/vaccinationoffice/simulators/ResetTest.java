package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResetTest extends SimulatorTest {

  @Test
  void resetForgetsDataCallsFaultsAndIdempotentAnswers() {
    seedVrsPerson(HOFU, TARO, List.of(dose(1, "2021-06-01", "FA1234")));
    http.post("/sim/vrs/municipalities/" + HOFU + "/tickets", Map.of("myNumber", TARO, "ticketNumber", "1234567890"), "t-1");
    http.post("/sim/intermediate/provision-records", IntermediateTest.provision("inq-1"), "p-1");
    http.post("/sim/registry/faults", Map.of("operation", "VERIFY", "mode", "UNAVAILABLE", "count", 3));

    assertThat(http.post("/sim/reset", "").status()).isEqualTo(204);

    assertThat(http.get("/sim/vrs/calls").body()).isEmpty();
    assertThat(http.get("/sim/registry/faults").body()).isEmpty();
    assertThat(http.get("/sim/intermediate/provision-records").body()).isEmpty();
    assertThat(http.get("/sim/vrs/municipalities/" + HOFU + "/tickets").body()).isEmpty();
    assertThat(http.post("/sim/vrs/municipalities/" + HOFU + "/queries", Map.of("myNumber", TARO)).body().path("outcome").asText())
        .isEqualTo("NOT_FOUND");
    SimulatorHttp.Answer afterReset = http.post("/sim/vrs/municipalities/" + HOFU + "/tickets", Map.of("myNumber", TARO, "ticketNumber", "1234567890"), "t-1");
    assertThat(afterReset.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(afterReset.status()).isEqualTo(201);
  }

  @Test
  void resetCutsHeldSlowRequestsShortWithoutActingOnTheNewState() {
    http.post("/sim/vrs/faults", Map.of("operation", "QUERY", "mode", "SLOW", "delayMillis", 10_000));
    CompletableFuture<SimulatorHttp.Answer> held = CompletableFuture.supplyAsync(
        () -> http.post("/sim/vrs/municipalities/" + HOFU + "/queries", Map.of("myNumber", TARO)));
    org.awaitility.Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !held.isDone());

    http.post("/sim/reset", "");

    SimulatorHttp.Answer answer = held.orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join();
    assertThat(answer.status()).isEqualTo(503);
    assertThat(http.get("/sim/vrs/calls").body()).isEmpty();
  }
}
