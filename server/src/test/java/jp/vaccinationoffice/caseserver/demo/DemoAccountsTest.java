package jp.vaccinationoffice.caseserver.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jp.vaccinationoffice.caseserver.municipality.ServedMunicipalities;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CaseServerTest
class DemoAccountsTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ServedMunicipalities municipalities;
  @LocalServerPort int port;

  @Test
  void servesHofuAndUbeAsTenantsAndCaseStoreRows() {
    // a test of the shared server may serve one more municipality of its own
    assertThat(municipalities.codes()).contains("352021", "352063");
    assertThat(identityService.createTenantQuery().list())
        .extracting(Tenant::getId, Tenant::getName)
        .contains(tuple("352063", "防府市"), tuple("352021", "宇部市"));
  }

  @Test
  void createsEachDemoAccountInItsMunicipalityAndGroup() {
    assertThat(member("clerk", "clerks", "352063")).isTrue();
    assertThat(member("supervisor", "supervisors", "352063")).isTrue();
    assertThat(member("auditor", "auditors", "352063")).isTrue();
    assertThat(member("admin", Groups.OPERATON_ADMIN, "352063")).isTrue();
    assertThat(member("clerk2", "clerks", "352021")).isTrue();
    assertThat(identityService.createTenantQuery().userMember("clerk2").singleResult().getId()).isEqualTo("352021");
  }

  @Test
  void everyDemoAccountSignsInWithTheDemoPassword() {
    Http http = new Http(port);
    for (String user : DemoAccounts.userIds()) {
      assertThat(identityService.checkPassword(user, CaseServerTest.DEMO_PASSWORD)).as(user).isTrue();
      // signed in: administrators read the metrics, everyone else is refused them (not unauthenticated)
      assertThat(http.get("/actuator/metrics", user, CaseServerTest.DEMO_PASSWORD).statusCode()).as(user)
          .isEqualTo(user.equals("admin") ? 200 : 403);
    }
  }

  @Test
  void staffGroupsMayOpenTheTasklist() {
    for (String group : new String[] {"clerks", "supervisors", "auditors"}) {
      assertThat(authorizationService.createAuthorizationQuery()
          .groupIdIn(group).resourceType(Resources.APPLICATION).resourceId("tasklist")
          .hasPermission(Permissions.ACCESS).count()).as(group).isEqualTo(1);
    }
  }

  private boolean member(String user, String group, String tenant) {
    return identityService.createUserQuery().userId(user).memberOfGroup(group).count() == 1
        && identityService.createUserQuery().userId(user).memberOfTenant(tenant).count() == 1;
  }
}
