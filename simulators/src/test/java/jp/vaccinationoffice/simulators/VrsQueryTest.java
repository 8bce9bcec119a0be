package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VrsQueryTest extends SimulatorTest {

  @Test
  void findsTheRecordsOfAPersonInTheAddressedPartition() {
    seedVrsPerson(UBE, TARO, List.of(dose(1, "2021-06-01", "FA1234"), dose(2, "2021-06-22", "FA2345")));

    SimulatorHttp.Answer answer = http.post("/sim/vrs/municipalities/" + UBE + "/queries", Map.of("myNumber", TARO), "q-1");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("outcome").asText()).isEqualTo("FOUND");
    JsonNode records = answer.body().path("records");
    assertThat(records).hasSize(2);
    assertThat(records.get(0).path("doseNumber").asInt()).isEqualTo(1);
    assertThat(records.get(0).path("date").asText()).isEqualTo("2021-06-01");
    assertThat(records.get(1).path("lot").asText()).isEqualTo("FA2345");
    assertThat(answer.text()).doesNotContain(TARO);
  }

  @Test
  void neverLooksIntoAnotherMunicipalitysPartition() {
    seedVrsPerson(UBE, TARO, List.of(dose(1, "2021-06-01", "FA1234")));

    SimulatorHttp.Answer atHofu = http.post("/sim/vrs/municipalities/" + HOFU + "/queries", Map.of("myNumber", TARO));

    assertThat(atHofu.status()).isEqualTo(200);
    assertThat(atHofu.body().path("outcome").asText()).isEqualTo("NOT_FOUND");
    assertThat(atHofu.body().path("records")).isEmpty();
    JsonNode calls = http.get("/sim/vrs/calls?municipalityCode=" + HOFU + "&operation=QUERY").body();
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).path("outcome").asText()).isEqualTo("NOT_FOUND");
    assertThat(calls.get(0).path("myNumberLast4").asText()).isEqualTo("9018");
  }

  @Test
  void answersNotFoundForAnUnknownPerson() {
    SimulatorHttp.Answer answer = http.post("/sim/vrs/municipalities/" + HOFU + "/queries", Map.of("myNumber", myNumber("98765432109")));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("outcome").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void certificateLookUpReturnsTheHolderAndTheRecords() {
    seedVrsPerson(HOFU, TARO, List.of(dose(1, "2021-06-01", "FA1234")));

    SimulatorHttp.Answer found = http.post("/sim/vrs/municipalities/" + HOFU + "/certificate-lookups", Map.of("myNumber", TARO), "c-1");
    SimulatorHttp.Answer elsewhere = http.post("/sim/vrs/municipalities/" + UBE + "/certificate-lookups", Map.of("myNumber", TARO), "c-2");

    assertThat(found.body().path("outcome").asText()).isEqualTo("FOUND");
    assertThat(found.body().path("holder").path("familyName").asText()).isEqualTo("防府");
    assertThat(found.body().path("holder").path("birthDate").asText()).isEqualTo("1960-04-01");
    assertThat(found.body().path("records")).hasSize(1);
    assertThat(elsewhere.body().path("outcome").asText()).isEqualTo("NOT_FOUND");
    assertThat(elsewhere.body().path("holder").isNull()).isTrue();
    assertThat(http.get("/sim/vrs/calls?operation=CERTIFICATE_LOOKUP").body()).hasSize(2);
  }

  @Test
  void callLogFiltersByMunicipalityAndOperation() {
    http.post("/sim/vrs/municipalities/" + HOFU + "/queries", Map.of("myNumber", TARO), "k-1");
    http.post("/sim/vrs/municipalities/" + UBE + "/queries", Map.of("myNumber", TARO), "k-2");
    http.post("/sim/vrs/municipalities/" + UBE + "/tickets", Map.of("myNumber", TARO, "ticketNumber", "0000000001"), "k-3");

    JsonNode all = http.get("/sim/vrs/calls").body();
    JsonNode ubeQueries = http.get("/sim/vrs/calls?municipalityCode=" + UBE + "&operation=QUERY").body();

    assertThat(all).hasSize(3);
    assertThat(ubeQueries).hasSize(1);
    assertThat(ubeQueries.get(0).path("idempotencyKey").asText()).isEqualTo("k-2");
    assertThat(ubeQueries.get(0).path("at").asText()).isNotBlank();
    assertThat(http.get("/sim/vrs/calls").text()).doesNotContain(TARO);
    assertProblem(http.get("/sim/vrs/calls?operation=DELETE_EVERYTHING"), 400, "operation must be one of");
  }
}
