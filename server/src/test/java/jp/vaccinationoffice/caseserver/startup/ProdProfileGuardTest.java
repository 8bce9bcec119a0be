package jp.vaccinationoffice.caseserver.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import jp.vaccinationoffice.caseserver.CaseServerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

@ExtendWith(OutputCaptureExtension.class)
class ProdProfileGuardTest {

  private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));

  @Test
  void prodRefusesADatabaseWithDemoAccountsAndSaysWhy(@TempDir Path dataDir, CapturedOutput output) {
    String url = "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("case-store") + ";DB_CLOSE_ON_EXIT=FALSE";
    // the same master key in both, so that the municipality keys the demo made open in prod
    try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(CaseServerApplication.class)
        .profiles("demo").run("--server.port=0", url, "--DEMO_PASSWORD=demo-password-for-tests",
            "--MASTER_KEY=" + MASTER_KEY)) {
      assertThat(demo.isRunning()).isTrue();
    }

    assertThatThrownBy(() -> new SpringApplicationBuilder(CaseServerApplication.class)
        .profiles("prod").run(prodArguments(url)))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("demo accounts exist").hasMessageContaining("clerk");
    assertThat(output.getOut()).contains("APPLICATION FAILED TO START").contains("prod profile refuses to start");
  }

  @Test
  void prodStartsOnADatabaseWithoutDemoAccounts(@TempDir Path dataDir) {
    String url = "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("case-store") + ";DB_CLOSE_ON_EXIT=FALSE";
    try (ConfigurableApplicationContext prod = new SpringApplicationBuilder(CaseServerApplication.class)
        .profiles("prod").run(prodArguments(url))) {
      assertThat(prod.isRunning()).isTrue();
    }
  }

  /** What production must configure besides the database: the national systems and the master key. */
  private static String[] prodArguments(String url) {
    return new String[] {
        "--server.port=0", url,
        "--MASTER_KEY=" + MASTER_KEY,
        "--national-systems.vrs.base-url=https://vrs.example.invalid",
        "--national-systems.registry.base-url=https://registry.example.invalid",
        "--national-systems.intermediate.base-url=https://intermediate.example.invalid"};
  }
}
