package jp.vaccinationoffice.caseserver.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.vaccinationoffice.caseserver.CaseServerApplication;
import jp.vaccinationoffice.caseserver.startup.StartupRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ConfiguredPasswordsCheckTest {

  @Test
  void theDemoRefusesToStartWithAWeakDemoPassword(CapturedOutput output) {
    assertThatThrownBy(() -> new SpringApplicationBuilder(CaseServerApplication.class).run(
            "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:weak-demo-password;DB_CLOSE_DELAY=-1",
            "--DEMO_PASSWORD=qwerty123456"))
        .hasRootCauseInstanceOf(StartupRefusedException.class)
        .rootCause().hasMessageContaining("DEMO_PASSWORD").hasMessageContaining("not a common");
    assertThat(output.getOut())
        .contains("APPLICATION FAILED TO START")
        .contains("DEMO_PASSWORD (the password of the demo account clerk) does not meet the password policy")
        .contains("unset DEMO_PASSWORD")
        .doesNotContain("qwerty123456");
  }
}
