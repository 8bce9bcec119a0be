package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryTest extends SimulatorTest {

  private static final String HANAKO = myNumber("20000000001");

  @BeforeEach
  void residents() {
    register(TARO, "A-0001", "防府", "太郎", "1960-04-01", "MALE", false);
    register(HANAKO, "A-0002", "防府", "花子", "1962-08-15", "FEMALE", true);
  }

  @Test
  void matchesARegisteredResidentWithTheSameBasicItems() {
    Map<String, Object> request = request(TARO, "防府", "太郎", "1960-04-01", "MALE");
    request.put("address", "山口県防府市寿町７－１");

    SimulatorHttp.Answer answer = verify(HOFU, request);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("outcome").asText()).isEqualTo("MATCHED");
    assertThat(answer.body().path("addresseeNumber").asText()).isEqualTo("A-0001");
    assertThat(answer.body().path("supportMeasure").asBoolean()).isFalse();
    assertThat(answer.body().path("mismatchedItems")).isEmpty();
  }

  @Test
  void ignoresWidthAndSpacingDifferences() {
    Map<String, Object> request = request(TARO, " 防府 ", "太郎", "1960-04-01", "MALE");
    request.put("familyNameKana", "ﾎｳﾌ");
    request.put("address", "山口県防府市寿町 7-1");

    assertThat(verify(HOFU, request).body().path("outcome").asText()).isEqualTo("MATCHED");
  }

  @Test
  void namesTheMismatchedItemsWithoutEchoingTheNumber() {
    SimulatorHttp.Answer answer = verify(HOFU, request(TARO, "防府", "次郎", "1960-04-02", "MALE"));

    assertThat(answer.body().path("outcome").asText()).isEqualTo("MISMATCHED");
    assertThat(answer.body().path("mismatchedItems").findValuesAsText("")).isEmpty();
    assertThat(answer.body().path("mismatchedItems").toString()).isEqualTo("[\"GIVEN_NAME\",\"BIRTH_DATE\"]");
    assertThat(answer.body().path("addresseeNumber").isNull()).isTrue();
    assertThat(answer.text()).doesNotContain(TARO);
  }

  @Test
  void answersNotRegisteredInAnotherMunicipality() {
    SimulatorHttp.Answer answer = verify(UBE, request(TARO, "防府", "太郎", "1960-04-01", "MALE"));

    assertThat(answer.body().path("outcome").asText()).isEqualTo("NOT_REGISTERED");
    assertThat(http.get("/sim/registry/calls?municipalityCode=" + UBE).body().get(0).path("outcome").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void reportsTheSupportMeasureFlag() {
    SimulatorHttp.Answer protectedResident = http.post("/sim/registry/municipalities/" + HOFU + "/support-measure-lookups", Map.of("myNumber", HANAKO), "s-1");
    SimulatorHttp.Answer elsewhere = http.post("/sim/registry/municipalities/" + UBE + "/support-measure-lookups", Map.of("myNumber", HANAKO), "s-2");

    assertThat(protectedResident.body().path("outcome").asText()).isEqualTo("REGISTERED");
    assertThat(protectedResident.body().path("supportMeasure").asBoolean()).isTrue();
    assertThat(elsewhere.body().path("outcome").asText()).isEqualTo("NOT_REGISTERED");
    assertThat(verify(HOFU, request(HANAKO, "防府", "花子", "1962-08-15", "FEMALE")).body().path("supportMeasure").asBoolean()).isTrue();
  }

  @Test
  void refusesAnIncompleteResident() {
    assertProblem(http.post("/sim/registry/municipalities/" + HOFU + "/residents", Map.of("myNumber", TARO, "addresseeNumber", "A-1")),
        400, "familyName is required");
  }

  private void register(String myNumber, String addresseeNumber, String family, String given, String birthDate, String sex, boolean support) {
    Map<String, Object> resident = new HashMap<>(Map.of(
        "myNumber", myNumber, "addresseeNumber", addresseeNumber, "familyName", family, "givenName", given,
        "familyNameKana", "ホウフ", "givenNameKana", "タロウ", "birthDate", birthDate, "sex", sex,
        "address", "山口県防府市寿町７－１", "supportMeasure", support));
    assertThat(http.post("/sim/registry/municipalities/" + HOFU + "/residents", resident).status()).isEqualTo(201);
  }

  private static Map<String, Object> request(String myNumber, String family, String given, String birthDate, String sex) {
    return new HashMap<>(Map.of("myNumber", myNumber, "familyName", family, "givenName", given, "birthDate", birthDate, "sex", sex));
  }

  private SimulatorHttp.Answer verify(String municipality, Map<String, Object> request) {
    return http.post("/sim/registry/municipalities/" + municipality + "/verifications", request, "v-" + request.hashCode());
  }
}
