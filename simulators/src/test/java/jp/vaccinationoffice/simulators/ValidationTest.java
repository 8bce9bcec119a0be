package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationTest extends SimulatorTest {

  private static final String WRONG_CHECK_DIGIT = "123456789017";

  @Test
  void refusesAMyNumberWithAWrongCheckDigit() {
    SimulatorHttp.Answer answer = http.post("/sim/vrs/municipalities/" + HOFU + "/queries", Map.of("myNumber", WRONG_CHECK_DIGIT));

    assertProblem(answer, 400, "myNumber has a wrong check digit");
    assertThat(answer.text()).doesNotContain(WRONG_CHECK_DIGIT);
  }

  @Test
  void refusesAMyNumberOfTheWrongLength() {
    assertProblem(http.post("/sim/vrs/municipalities/" + HOFU + "/queries", Map.of("myNumber", "12345")), 400, "exactly 12 digits");
  }

  @Test
  void refusesMalformedAndUnknownMunicipalityCodes() {
    Map<String, String> body = Map.of("myNumber", TARO);
    assertProblem(http.post("/sim/vrs/municipalities/35206/queries", body), 400, "municipality code must be 6 digits");
    assertProblem(http.post("/sim/vrs/municipalities/abcdef/queries", body), 400, "municipality code must be 6 digits");
    assertProblem(http.post("/sim/vrs/municipalities/352064/queries", body), 400, "wrong check digit");
    assertProblem(http.post("/sim/vrs/municipalities/999997/queries", body), 400, "999997 is unknown");
    assertProblem(http.post("/sim/registry/municipalities/999997/verifications", body), 400, "999997 is unknown");
  }

  @Test
  void refusesMissingRequiredFields() {
    assertProblem(http.post("/sim/vrs/municipalities/" + HOFU + "/queries", Map.of()), 400, "myNumber is required");

    Map<String, Object> seed = new HashMap<>(Map.of("myNumber", TARO, "familyName", "防府", "birthDate", "1960-04-01", "sex", "MALE"));
    assertProblem(http.post("/sim/vrs/municipalities/" + HOFU + "/persons", seed), 400, "givenName is required");

    seed.put("givenName", "太郎");
    seed.put("doses", List.of(Map.of("doseNumber", 1, "manufacturer", "モデルナ")));
    assertProblem(http.post("/sim/vrs/municipalities/" + HOFU + "/persons", seed), 400, "doses[0].date is required");

    assertProblem(
        http.post("/sim/registry/municipalities/" + HOFU + "/verifications", Map.of("myNumber", TARO, "familyName", "防府")),
        400, "givenName is required");
    assertProblem(http.post("/sim/intermediate/provision-records", Map.of("inquiryId", "x"), "p-1"), 400, "requestingMunicipalityCode is required");
  }

  @Test
  void refusesMalformedJsonWithoutEchoingIt() {
    SimulatorHttp.Answer broken = http.post("/sim/vrs/municipalities/" + HOFU + "/queries", "{\"myNumber\": " + TARO + "x}");
    assertProblem(broken, 400, "not valid JSON");

    SimulatorHttp.Answer wrongType = http.post(
        "/sim/vrs/municipalities/" + HOFU + "/persons",
        "{\"myNumber\":\"" + TARO + "\",\"familyName\":\"防府\",\"givenName\":\"太郎\",\"birthDate\":\"" + TARO + "\",\"sex\":\"MALE\"}");
    assertProblem(wrongType, 400, "field 'birthDate' has a wrong type or format");

    SimulatorHttp.Answer wrongEnum = http.post("/sim/vrs/faults", Map.of("operation", "QUERY", "mode", TARO));
    assertProblem(wrongEnum, 400, "field 'mode' must be one of UNAVAILABLE, TIMEOUT, SLOW, NONE");

    assertProblem(http.post("/sim/vrs/municipalities/" + HOFU + "/queries", ""), 400, "JSON request body is required");
  }

  @Test
  void mutatingOperationsRequireAnIdempotencyKey() {
    assertProblem(
        http.post("/sim/vrs/municipalities/" + HOFU + "/tickets", Map.of("myNumber", TARO, "ticketNumber", "0000000001")),
        400, "Idempotency-Key header is required for REGISTER_TICKET");
    assertProblem(
        http.post("/sim/vrs/inquiries", Map.of("fromMunicipalityCode", HOFU, "toMunicipalityCode", UBE, "myNumber", TARO)),
        400, "Idempotency-Key header is required for INQUIRE");
    assertThat(http.get("/sim/vrs/municipalities/" + HOFU + "/tickets").body()).isEmpty();
  }

  @Test
  void refusesTicketNumbersThatAreNotTenDigits() {
    assertProblem(
        http.post("/sim/vrs/municipalities/" + HOFU + "/tickets", Map.of("myNumber", TARO, "ticketNumber", "12AB"), "t-1"),
        400, "ticketNumber must be 10 digits");
  }
}
