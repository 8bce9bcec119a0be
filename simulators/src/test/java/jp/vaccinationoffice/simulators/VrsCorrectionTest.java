package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VrsCorrectionTest extends SimulatorTest {

  private static final String CORRECTIONS = "/sim/vrs/municipalities/" + HOFU + "/corrections";

  @Test
  void correctsTheDoseInTheAddressedPartitionAndNotifiesTheRecipients() {
    seedVrsPerson(HOFU, TARO, List.of(dose(1, "2021-06-01", "FA1234"), dose(2, "2021-06-22", "FA2345")));
    seedVrsPerson(UBE, TARO, List.of(dose(1, "2021-06-01", "FA1234")));

    SimulatorHttp.Answer answer = http.post(CORRECTIONS, correction(1, "LOT", "FA9999", List.of(UBE, CHIYODA)), "c-1");

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.body().path("correctionId").asText()).isNotBlank();
    assertThat(answer.body().path("notices")).extracting(n -> n.path("municipalityCode").asText())
        .containsExactly(UBE, CHIYODA);
    assertThat(lots(HOFU)).containsExactly("FA9999", "FA2345");
    assertThat(lots(UBE)).containsExactly("FA1234");
    JsonNode notices = http.get("/sim/vrs/municipalities/" + UBE + "/correction-notices").body();
    assertThat(notices).singleElement().satisfies(notice -> {
      assertThat(notice.path("fromMunicipalityCode").asText()).isEqualTo(HOFU);
      assertThat(notice.path("correctionId").asText()).isEqualTo(answer.body().path("correctionId").asText());
      assertThat(notice.path("item").asText()).isEqualTo("LOT");
      assertThat(notice.path("myNumberLast4").asText()).isEqualTo("9018");
    });
    assertThat(http.get("/sim/vrs/municipalities/" + HOFU + "/correction-notices").body()).isEmpty();
    assertThat(answer.text() + notices).doesNotContain(TARO);
  }

  @Test
  void aRepeatedCorrectionWithItsKeyHasOneEffect() {
    seedVrsPerson(HOFU, TARO, List.of(dose(1, "2021-06-01", "FA1234"), dose(2, "2021-06-22", "FA2345")));
    Map<String, Object> body = correction(2, "DATE", "2021-06-29", List.of(UBE));

    SimulatorHttp.Answer first = http.post(CORRECTIONS, body, "c-2");
    SimulatorHttp.Answer again = http.post(CORRECTIONS, body, "c-2");

    assertThat(again.status()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(again.body().path("correctionId").asText()).isEqualTo(first.body().path("correctionId").asText());
    assertThat(http.get("/sim/vrs/municipalities/" + UBE + "/correction-notices").body()).hasSize(1);
    assertThat(outcomes()).containsExactly("OK", "REPLAYED");
    assertProblem(http.post(CORRECTIONS, correction(2, "DATE", "2021-06-30", List.of(UBE)), "c-2"), 409, "different CORRECT");
  }

  @Test
  void aPersonOrDoseOutsideThePartitionIsNotFound() {
    seedVrsPerson(UBE, TARO, List.of(dose(1, "2021-06-01", "FA1234")));

    assertProblem(http.post(CORRECTIONS, correction(1, "LOT", "FA9999", List.of()), "c-3"), 404, "not held in municipality " + HOFU);
    seedVrsPerson(HOFU, TARO, List.of(dose(1, "2021-06-01", "FA1234")));
    assertProblem(http.post(CORRECTIONS, correction(3, "LOT", "FA9999", List.of()), "c-4"), 404, "no dose 3");
    assertThat(lots(UBE)).containsExactly("FA1234");
    assertThat(outcomes()).containsExactly("REJECTED", "REJECTED");
  }

  @Test
  void aDoseNumberTakenByAnotherDoseIsAConflict() {
    seedVrsPerson(HOFU, TARO, List.of(dose(1, "2021-06-01", "FA1234"), dose(2, "2021-06-22", "FA2345")));

    assertProblem(http.post(CORRECTIONS, correction(1, "DOSE_NUMBER", "2", List.of()), "c-5"), 409, "already has a dose 2");
    SimulatorHttp.Answer moved = http.post(CORRECTIONS, correction(2, "DOSE_NUMBER", "3", List.of()), "c-6");
    assertThat(moved.status()).isEqualTo(201);
    assertThat(doses(HOFU)).extracting(d -> d.path("doseNumber").asInt()).containsExactly(1, 3);
  }

  @Test
  void badRequestsAreRefusedBeforeAnythingChanges() {
    seedVrsPerson(HOFU, TARO, List.of(dose(1, "2021-06-01", "FA1234")));

    assertProblem(http.post(CORRECTIONS, correction(1, "LOT", "FA9999", List.of())), 400, "Idempotency-Key");
    assertProblem(http.post(CORRECTIONS, correction(1, "DATE", "2021/06/01", List.of()), "v-1"), 400, "DATE correction");
    assertProblem(http.post(CORRECTIONS, correction(1, "DOSE_NUMBER", "0", List.of()), "v-2"), 400, "between 1 and 20");
    assertProblem(http.post(CORRECTIONS, correction(1, "LOT", " ", List.of()), "v-3"), 400, "value is required");
    assertProblem(http.post(CORRECTIONS, correction(1, "LOT", "FA9999", List.of(HOFU)), "v-4"), 400, "another municipality");
    assertProblem(http.post(CORRECTIONS, correction(1, "LOT", "FA9999", List.of("999999")), "v-5"), 400, "");
    Map<String, Object> noItem = new HashMap<>(correction(1, "LOT", "FA9999", List.of()));
    noItem.remove("item");
    assertProblem(http.post(CORRECTIONS, noItem, "v-6"), 400, "item is required");
    assertThat(lots(HOFU)).containsExactly("FA1234");
  }

  @Test
  void faultsHitCorrectionsLikeEveryOtherOperation() {
    seedVrsPerson(HOFU, TARO, List.of(dose(1, "2021-06-01", "FA1234")));
    http.post("/sim/vrs/faults", Map.of("operation", "CORRECT", "mode", "UNAVAILABLE", "count", 1));
    Map<String, Object> body = correction(1, "LOT", "FA9999", List.of(UBE));

    assertProblem(http.post(CORRECTIONS, body, "f-1"), 503, "VRS CORRECT is unavailable");
    assertThat(lots(HOFU)).containsExactly("FA1234");
    assertThat(http.post(CORRECTIONS, body, "f-1").status()).isEqualTo(201);
    assertThat(lots(HOFU)).containsExactly("FA9999");
    assertThat(outcomes()).containsExactly("FAILED", "OK");
  }

  private static Map<String, Object> correction(int doseNumber, String item, String value, List<String> notify) {
    return Map.of("myNumber", TARO, "doseNumber", doseNumber, "item", item, "value", value,
        "notifyMunicipalityCodes", notify);
  }

  private List<JsonNode> doses(String municipality) {
    List<JsonNode> doses = new ArrayList<>();
    http.post("/sim/vrs/municipalities/" + municipality + "/queries", Map.of("myNumber", TARO)).body().path("records")
        .forEach(doses::add);
    return doses;
  }

  private List<String> lots(String municipality) {
    return doses(municipality).stream().map(dose -> dose.path("lot").asText()).toList();
  }

  private List<String> outcomes() {
    List<String> outcomes = new ArrayList<>();
    http.get("/sim/vrs/calls?operation=CORRECT").body().forEach(call -> outcomes.add(call.path("outcome").asText()));
    return outcomes;
  }
}
