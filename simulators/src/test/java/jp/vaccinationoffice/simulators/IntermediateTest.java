package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntermediateTest extends SimulatorTest {

  static Map<String, Object> provision(String inquiryId) {
    return new HashMap<>(Map.of(
        "inquiryId", inquiryId,
        "requestingMunicipalityCode", HOFU,
        "providingMunicipalityCode", UBE,
        "outcome", "PROVIDED",
        "itemsProvided", List.of("VACCINATION_RECORDS"),
        "legalBasis", "番号法第19条第16号",
        "decisionId", "provision-permitted",
        "decisionVersion", 3,
        "approver", "supervisor",
        "at", "2024-05-01T09:30:00Z"));
  }

  @Test
  void recordsProvisionsAndListsThemByMunicipality() {
    SimulatorHttp.Answer created = http.post("/sim/intermediate/provision-records", provision("inq-1"), "p-1");
    Map<String, Object> other = provision("inq-2");
    other.put("requestingMunicipalityCode", CHIYODA);
    other.put("providingMunicipalityCode", HOFU);
    other.put("outcome", "REFUSED");
    other.put("itemsProvided", List.of());
    http.post("/sim/intermediate/provision-records", other, "p-2");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().path("recordId").asText()).isNotBlank();
    assertThat(created.body().path("legalBasis").asText()).isEqualTo("番号法第19条第16号");
    JsonNode atUbe = http.get("/sim/intermediate/provision-records?municipalityCode=" + UBE).body();
    assertThat(atUbe).hasSize(1);
    assertThat(atUbe.get(0).path("decisionVersion").asInt()).isEqualTo(3);
    assertThat(http.get("/sim/intermediate/provision-records?municipalityCode=" + HOFU).body()).hasSize(2);
    assertThat(http.get("/sim/intermediate/provision-records?municipalityCode=" + CHIYODA).body().get(0).path("outcome").asText()).isEqualTo("REFUSED");
  }

  @Test
  void replaysARepeatedRecordWithoutASecondRecord() {
    SimulatorHttp.Answer first = http.post("/sim/intermediate/provision-records", provision("inq-1"), "p-1");
    SimulatorHttp.Answer again = http.post("/sim/intermediate/provision-records", provision("inq-1"), "p-1");

    assertThat(again.body()).isEqualTo(first.body());
    assertThat(http.get("/sim/intermediate/provision-records").body()).hasSize(1);
    assertThat(http.get("/sim/intermediate/calls").body().findValuesAsText("outcome")).containsExactly("OK", "REPLAYED");
    assertThat(http.post("/sim/intermediate/provision-records", provision("inq-1"), "p-other").status()).isEqualTo(409);
  }

  @Test
  void refusesInconsistentRecords() {
    Map<String, Object> noItems = provision("inq-1");
    noItems.remove("itemsProvided");
    Map<String, Object> refusedWithItems = provision("inq-2");
    refusedWithItems.put("outcome", "REFUSED");
    Map<String, Object> unknownMunicipality = provision("inq-3");
    unknownMunicipality.put("providingMunicipalityCode", "999997");

    assertProblem(http.post("/sim/intermediate/provision-records", noItems, "p-1"), 400, "itemsProvided must not be empty");
    assertProblem(http.post("/sim/intermediate/provision-records", refusedWithItems, "p-2"), 400, "itemsProvided must be empty");
    assertProblem(http.post("/sim/intermediate/provision-records", unknownMunicipality, "p-3"), 400, "999997 is unknown");
    assertProblem(http.post("/sim/intermediate/provision-records", provision("inq-4")), 400, "Idempotency-Key header is required");
  }
}
