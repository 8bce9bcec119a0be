package jp.vaccinationoffice.caseserver.movein;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Intake refuses bad requests with a problem body and stores nothing, starts nothing. */
@CaseServerTest
class MoveInIntakeTest {

  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  Http http;
  int casesBefore;
  int consentsBefore;
  long processesBefore;

  @BeforeEach
  void client() {
    http = new Http(port);
    casesBefore = count("case_file");
    consentsBefore = count("consent");
    processesBefore = runtimeService.createProcessInstanceQuery().count();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "wrong check digit       | \"myNumber\":\"123456789018\" | \"myNumber\":\"123456789012\" | wrong check digit",
      "short My Number         | \"myNumber\":\"123456789018\" | \"myNumber\":\"12345678901\"  | exactly 12 digits",
      "unknown municipality    | \"previousMunicipalityCode\":\"352021\" | \"previousMunicipalityCode\":\"999997\" | unknown",
      "malformed municipality  | \"previousMunicipalityCode\":\"352021\" | \"previousMunicipalityCode\":\"35202\" | 6 digits",
      "own municipality        | \"previousMunicipalityCode\":\"352021\" | \"previousMunicipalityCode\":\"352063\" | own code",
      "consent not given       | \"given\":true | \"given\":false | consent.given must be true",
      "kana not katakana       | \"familyNameKana\":\"ヤマダ\" | \"familyNameKana\":\"やまだ\" | katakana",
      "impossible date         | \"birthDate\":\"1980-04-01\" | \"birthDate\":\"1980-02-30\" | real calendar dates",
      "birth in the future     | \"birthDate\":\"1980-04-01\" | \"birthDate\":\"2999-04-01\" | not a possible birth date",
      "unknown sex             | \"sex\":\"FEMALE\" | \"sex\":\"X\" | MALE or FEMALE",
      "missing consent date    | \"signedOn\":\"2026-11-20\", | '' | consent.signedOn is required"
  })
  void refusesAndStoresNothing(String what, String valid, String invalid, String message) {
    String body = MoveInScenario.request("352021", true).replace(valid, invalid);
    assertThat(body).as("fixture must change the request").isNotEqualTo(MoveInScenario.request("352021", true));

    HttpResponse<String> response = http.postJson("/api/move-in-queries", body, "clerk", PASSWORD);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    assertThat(response.body()).contains(message).doesNotContain("123456789012");
    assertNothingStored();
  }

  @Test
  void refusesInvalidJson() {
    HttpResponse<String> response = http.postJson("/api/move-in-queries", "{\"myNumber\": ", "clerk", PASSWORD);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not valid JSON");
    assertNothingStored();
  }

  @Test
  void onlyClerksMayReceiveAMoveIn() {
    String body = MoveInScenario.request("352021", true);
    assertThat(http.postJson("/api/move-in-queries", body, null, null).statusCode()).isEqualTo(401);
    assertThat(http.postJson("/api/move-in-queries", body, "supervisor", PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.postJson("/api/move-in-queries", body, "auditor", PASSWORD).statusCode()).isEqualTo(403);
    assertNothingStored();
  }

  @Test
  void anotherMunicipalitysStaffCannotSeeTheCase() {
    HttpResponse<String> created = http.postJson("/api/move-in-queries", MoveInScenario.request("352021", true),
        "clerk", PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String caseId = MoveInScenario.read(created.body()).get("caseId").asText();

    assertThat(http.get("/api/cases/" + caseId, "clerk2", PASSWORD).statusCode()).isEqualTo(404);
    HttpResponse<String> own = http.get("/api/cases/" + caseId, "supervisor", PASSWORD);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(http.get("/api/cases/" + caseId, "auditor", PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/cases/" + caseId, "admin", PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/cases/no-such-case", "clerk", PASSWORD).statusCode()).isEqualTo(404);

    String tasks = http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId + "&firstResult=0&maxResults=5",
        "clerk2", PASSWORD).body();
    assertThat(MoveInScenario.read(tasks)).isEmpty();
    String withdrawal = "/api/consents/" + MoveInScenario.read(created.body()).get("consentId").asText() + "/withdraw";
    assertThat(http.postJson(withdrawal, "{}", "clerk2", PASSWORD).statusCode()).isEqualTo(404);
  }

  private void assertNothingStored() {
    assertThat(count("case_file")).isEqualTo(casesBefore);
    assertThat(count("consent")).isEqualTo(consentsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }
}
