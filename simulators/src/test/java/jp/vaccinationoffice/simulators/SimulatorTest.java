package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.vaccinationoffice.common.MyNumber;
import java.util.Map;
import java.util.regex.Pattern;
import jp.vaccinationoffice.simulators.standalone.SimulatorsApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Runs the standalone simulators on a random port; every test starts from a reset. */
@SpringBootTest(
    classes = SimulatorsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "simulators.faults.timeout-hold=5s",
      "simulators.vrs.inbound.username=vrs-inbound",
      "simulators.vrs.inbound.password=inbound-secret",
      "simulators.vrs.inbound.initial-backoff=100ms",
      "simulators.vrs.inbound.max-attempts=3"
    })
abstract class SimulatorTest {

  static final String HOFU = "352063";
  static final String UBE = "352021";
  static final String CHIYODA = "131016";
  /** A valid My Number (check digit 8). */
  static final String TARO = "123456789018";

  static final InboundEndpoint INBOUND = new InboundEndpoint();

  @DynamicPropertySource
  static void inbound(DynamicPropertyRegistry registry) {
    registry.add("simulators.vrs.inbound.url", INBOUND::url);
  }

  @LocalServerPort
  int port;

  SimulatorHttp http;

  @BeforeEach
  void reset() {
    http = new SimulatorHttp(port);
    assertThat(http.post("/sim/reset", "").status()).isEqualTo(204);
    INBOUND.clear();
  }

  /** Another valid My Number, built from eleven digits with the official check digit. */
  static String myNumber(String elevenDigits) {
    return elevenDigits + MyNumber.checkDigit(elevenDigits);
  }

  static Map<String, Object> dose(int number, String date, String lot) {
    return Map.of("doseNumber", number, "date", date, "manufacturer", "ファイザー", "product", "コミナティ", "lot", lot);
  }

  void seedVrsPerson(String municipality, String myNumber, List<Map<String, Object>> doses) {
    Map<String, Object> person = Map.of(
        "myNumber", myNumber,
        "familyName", "防府", "givenName", "太郎",
        "familyNameKana", "ホウフ", "givenNameKana", "タロウ",
        "birthDate", "1960-04-01", "sex", "MALE",
        "doses", doses);
    assertThat(http.post("/sim/vrs/municipalities/" + municipality + "/persons", person).status()).isEqualTo(201);
  }

  static void assertProblem(SimulatorHttp.Answer answer, int status, String detailFragment) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    assertThat(answer.body().path("type").asText()).startsWith("urn:vaccination-office:simulators:problem:");
    assertThat(answer.body().path("title").asText()).isNotBlank();
    assertThat(answer.body().path("status").asInt()).isEqualTo(status);
    assertThat(answer.body().path("detail").asText()).contains(detailFragment);
    // no twelve digits outside the ids a problem names (a random UUID's last group can be all digits)
    assertThat(answer.text()).doesNotContain(TARO);
    assertThat(RANDOM_ID.matcher(answer.text()).replaceAll("<id>")).doesNotContainPattern("\\d{12}");
  }

  private static final Pattern RANDOM_ID =
      Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
}
