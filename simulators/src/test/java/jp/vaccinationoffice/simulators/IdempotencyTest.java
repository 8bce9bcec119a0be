package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends SimulatorTest {

  private static final String TICKETS = "/sim/vrs/municipalities/" + HOFU + "/tickets";

  @Test
  void aRepeatedCallWithTheSameKeyReturnsTheFirstAnswerAndHasNoSecondEffect() {
    Map<String, String> ticket = Map.of("myNumber", TARO, "ticketNumber", "1234567890");

    SimulatorHttp.Answer first = http.post(TICKETS, ticket, "case-1/issue-ticket");
    SimulatorHttp.Answer repeated = http.post(TICKETS, ticket, "case-1/issue-ticket");

    assertThat(first.status()).isEqualTo(201);
    assertThat(repeated.status()).isEqualTo(201);
    assertThat(repeated.body()).isEqualTo(first.body());
    assertThat(repeated.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(http.get(TICKETS).body()).hasSize(1);
    assertThat(http.get("/sim/vrs/calls?operation=REGISTER_TICKET").body().findValuesAsText("outcome")).containsExactly("OK", "REPLAYED");
  }

  @Test
  void theSameTicketUnderAnotherKeyIsASecondEffectAndRefused() {
    Map<String, String> ticket = Map.of("myNumber", TARO, "ticketNumber", "1234567890");
    http.post(TICKETS, ticket, "key-a");

    assertProblem(http.post(TICKETS, ticket, "key-b"), 409, "ticket number is already registered");
  }

  @Test
  void aKeyReusedForADifferentRequestIsAConflict() {
    http.post(TICKETS, Map.of("myNumber", TARO, "ticketNumber", "1234567890"), "key-a");

    assertProblem(http.post(TICKETS, Map.of("myNumber", TARO, "ticketNumber", "1234567891"), "key-a"), 409, "Idempotency-Key was already used");
    assertThat(http.get(TICKETS).body()).hasSize(1);
  }

  @Test
  void aFaultedCallLeavesNothingToReplay() {
    Map<String, String> ticket = Map.of("myNumber", TARO, "ticketNumber", "1234567890");
    http.post("/sim/vrs/faults", Map.of("operation", "REGISTER_TICKET", "mode", "UNAVAILABLE"));

    assertThat(http.post(TICKETS, ticket, "key-a").status()).isEqualTo(503);
    SimulatorHttp.Answer retried = http.post(TICKETS, ticket, "key-a");

    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(http.get(TICKETS).body()).hasSize(1);
    assertThat(http.get("/sim/vrs/calls").body().findValuesAsText("outcome")).containsExactly("FAILED", "OK");
  }

  @Test
  void readingOperationsReplayTheirFirstAnswerToo() {
    String path = "/sim/vrs/municipalities/" + HOFU + "/queries";
    SimulatorHttp.Answer before = http.post(path, Map.of("myNumber", TARO), "q-1");
    seedVrsPerson(HOFU, TARO, java.util.List.of(dose(1, "2021-06-01", "FA1234")));

    SimulatorHttp.Answer replayed = http.post(path, Map.of("myNumber", TARO), "q-1");
    SimulatorHttp.Answer fresh = http.post(path, Map.of("myNumber", TARO), "q-2");

    assertThat(before.body().path("outcome").asText()).isEqualTo("NOT_FOUND");
    assertThat(replayed.body().path("outcome").asText()).isEqualTo("NOT_FOUND");
    assertThat(fresh.body().path("outcome").asText()).isEqualTo("FOUND");
  }
}
