package jp.vaccinationoffice.caseserver.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.vaccinationoffice.caseserver.CaseServerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class MissingDatabaseTest {

  @Test
  void aMissingDatabaseGivesOneClearStartupError(CapturedOutput output) {
    assertThatThrownBy(() -> new SpringApplicationBuilder(CaseServerApplication.class).run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/no_such_database_here",
            "--spring.datasource.username=postgres",
            "--spring.datasource.password="))
        .hasRootCauseInstanceOf(StartupRefusedException.class);

    assertThat(output.getOut())
        .contains("APPLICATION FAILED TO START")
        .contains("Cannot connect to the database at jdbc:postgresql://127.0.0.1:5432/no_such_database_here")
        .contains("SPRING_DATASOURCE_URL")
        .doesNotContain("\tat org.")
        .doesNotContain("HikariPool");
  }
}
