package jp.vaccinationoffice.caseserver.startup;

import static org.assertj.core.api.Assertions.assertThat;

import jp.vaccinationoffice.caseserver.demo.DemoCredentials;
import jp.vaccinationoffice.caseserver.portal.DemoResidentCard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

class StartupReportTest {

  @Test
  void saysWhoTheSimulatorsAnswer() {
    assertThat(report(new MockEnvironment().withProperty("simulators.enabled", "true")))
        .contains("Simulators http://localhost:8080/sim/** this machine only (SIMULATORS_EXPOSED=true opens them");
    assertThat(report(new MockEnvironment().withProperty("simulators.enabled", "true")
        .withProperty("simulators.exposed", "true")))
        .contains("/sim/** open to every host (SIMULATORS_EXPOSED=true)");
    assertThat(report(new MockEnvironment())).doesNotContain("Simulators");
  }

  private static String report(MockEnvironment environment) {
    return new StartupReport(new StaticListableBeanFactory().getBeanProvider(DemoCredentials.class),
        new StaticListableBeanFactory().getBeanProvider(DemoResidentCard.class), environment)
        .render(8080);
  }
}
