package jp.vaccinationoffice.caseserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.FromAddress;
import jp.vaccinationoffice.caseserver.support.FromAddress.Answer;
import jp.vaccinationoffice.caseserver.support.Http;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.history.HistoryLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CaseServerTest
class CaseServerRunsTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired IdentityService identityService;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void healthIsOpenAndUp() {
    HttpResponse<String> response = http.get("/actuator/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void metricsNeedASignedInAdministrator() {
    assertThat(http.get("/actuator/metrics").statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/metrics", "clerk", CaseServerTest.DEMO_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.get("/actuator/metrics", "admin", CaseServerTest.DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void servesTheTasklistCockpitAndAdminPages() {
    for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
      HttpResponse<String> response = http.get("/operaton/app/" + app + "/default/");
      assertThat(response.statusCode()).as(app).isEqualTo(200);
      assertThat(response.body()).as(app).containsIgnoringCase("<html");
    }
  }

  @Test
  void engineRestRefusesRequestsWithoutCredentials() {
    assertThat(http.get("/engine-rest/process-definition/count").statusCode()).isEqualTo(401);
  }

  @Test
  void engineRestRefusesWrongPasswordsAndUnknownUsers() {
    assertThat(http.get("/engine-rest/process-definition/count", "admin", "not-the-password").statusCode())
        .isEqualTo(401);
    assertThat(http.get("/engine-rest/process-definition/count", "nobody-at-all", CaseServerTest.DEMO_PASSWORD)
        .statusCode()).isEqualTo(401);
    // the failure pauses the account for a few seconds, which the other tests of this server need not wait out
    identityService.unlockUser("admin");
  }

  @Test
  void engineRestServesTheAdministrator() {
    HttpResponse<String> response =
        http.get("/engine-rest/process-definition/count", "admin", CaseServerTest.DEMO_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"count\"");
  }

  @Test
  void caseApiRefusesUnknownUsers() {
    assertThat(http.get("/api/anything", "nobody", "whatever-password").statusCode()).isEqualTo(401);
  }

  @Test
  void engineRunsWithFullHistoryAndAuthorization() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isTenantCheckEnabled()).isTrue();
    assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
    assertThat(configuration.getHistoryTimeToLive()).isNotBlank();
  }

  @Test
  void theSimulatorsRefuseAnotherHostWith403AndChangeNothing() throws Exception {
    Optional<FromAddress> outside = FromAddress.outsideLoopback(port);
    Assumptions.assumeTrue(outside.isPresent(), "this machine has no non-loopback IPv4 address");

    Answer read = outside.get().get("/sim/vrs/calls");
    assertThat(read.statusCode()).isEqualTo(403);
    assertThat(read.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    assertThat(new ObjectMapper().readTree(read.body()).get("type").asText())
        .isEqualTo("urn:vaccination-office:problem:simulators-loopback-only");
    Answer fault = outside.get().post("/sim/vrs/faults", "{\"operation\":\"PROVIDE\",\"mode\":\"UNAVAILABLE\",\"count\":1}");
    assertThat(fault.statusCode()).isEqualTo(403);
    assertThat(outside.get().get("/actuator/health").statusCode()).as("the rest of the server answers").isEqualTo(200);
    assertThat(FromAddress.loopback("127.0.0.2", port).get("/sim/vrs/calls").statusCode())
        .as("every loopback address is this machine").isEqualTo(200);
  }
}
