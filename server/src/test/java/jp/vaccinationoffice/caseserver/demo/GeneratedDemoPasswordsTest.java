package jp.vaccinationoffice.caseserver.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.CaseServerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

@ExtendWith(OutputCaptureExtension.class)
class GeneratedDemoPasswordsTest {

  @Test
  void withoutDemoPasswordEachAccountGetsARandomPasswordPrintedOnce(CapturedOutput output) {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseServerApplication.class)
        .run("--server.port=0", "--DEMO_PASSWORD=",
            "--spring.datasource.url=jdbc:h2:mem:generated-passwords;DB_CLOSE_DELAY=-1")) {
      IdentityService identityService = context.getBean(IdentityService.class);
      for (String user : concat(DemoAccounts.userIds(), List.of("kiosk", "app"))) {
        Matcher line = Pattern.compile("(?m)^   " + user + " +(\\S{16})$").matcher(output.getOut());
        assertThat(line.find()).as("password line of " + user).isTrue();
        assertThat(identityService.checkPassword(user, line.group(1))).as(user).isTrue();
        assertThat(line.find()).as("printed only once: " + user).isFalse();
      }
      assertThat(output.getOut()).contains("/operaton/app/tasklist/");
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
