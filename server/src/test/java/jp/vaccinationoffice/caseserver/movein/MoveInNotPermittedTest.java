package jp.vaccinationoffice.caseserver.movein;

import static jp.vaccinationoffice.caseserver.movein.MoveInScenario.UBE;
import static org.assertj.core.api.Assertions.assertThat;

import jp.vaccinationoffice.caseserver.support.FreePort;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When the permitted-inquiries table no longer allows the query (here: a new version that suspends
 * every inquiry), the case ends NOT_PERMITTED and VRS is never asked. Its own server: the new
 * decision version stays deployed.
 */
@FixedPortServerTest
class MoveInNotPermittedTest extends ServerOnFreePort {



  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;

  @Test
  void aQueryTheTableDoesNotPermitEndsNotPermitted() {
    repositoryService.createDeployment().name("suspend inquiries")
        .addClasspathResource("decision-variants/provision-permitted-suspended.dmn").deploy();
    MoveInScenario scenario = new MoveInScenario(new Http(PORT), jdbc, historyService);
    scenario.resetSimulators();
    scenario.registeredInHofu("山田");
    scenario.vaccinatedIn(UBE);

    String caseId = scenario.intake(UBE, true).get("caseId").asText();
    scenario.completeOk(caseId, "verify-identity", MoveInScenario.verified());
    scenario.awaitStatus(caseId, "NOT_PERMITTED");

    assertThat(scenario.activities(caseId, "move-in-record-query")).containsExactly(
        "move-in-requested", "capture-consent", "verify-identity", "decide-identity-verified",
        "identity-verified", "confirm-again", "confirm-resident-registration", "decide-query-permitted",
        "query-permitted", "case-not-permitted");
    assertThat(scenario.view(caseId, "clerk").get("decisions").get(1).get("version").asInt()).isEqualTo(2);
    assertThat(scenario.vrsCalls("QUERY")).isEmpty();
  }
}
