package jp.vaccinationoffice.modelchecks.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TestExecutionListener;

class CoverageWritingTestListenerTest {

  @Test
  void isRegisteredWithTheJUnitPlatform() {
    assertThat(ServiceLoader.load(TestExecutionListener.class).stream().map(ServiceLoader.Provider::type))
        .contains(CoverageWritingTestListener.class);
  }
}
