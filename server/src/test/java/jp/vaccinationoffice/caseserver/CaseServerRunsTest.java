package jp.vaccinationoffice.caseserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.history.HistoryLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CaseServerTest
class CaseServerRunsTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
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
  void metricsNeedASignedInUser() {
    assertThat(http.get("/actuator/metrics").statusCode()).isEqualTo(401);
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
    assertThat(http.get("/engine-rest/process-definition/count", "nobody", CaseServerTest.DEMO_PASSWORD)
        .statusCode()).isEqualTo(401);
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
}
