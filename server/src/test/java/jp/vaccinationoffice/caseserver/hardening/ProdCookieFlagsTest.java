package jp.vaccinationoffice.caseserver.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import jp.vaccinationoffice.caseserver.CaseServerApplication;
import jp.vaccinationoffice.caseserver.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** In production (behind the city's TLS proxy) every webapp cookie is also Secure. */
class ProdCookieFlagsTest {

  @Test
  void theProdProfileMarksTheSessionAndCsrfCookiesSecure(@TempDir Path dataDir) {
    try (ConfigurableApplicationContext prod = new SpringApplicationBuilder(CaseServerApplication.class)
        .profiles("prod").run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("case-store") + ";DB_CLOSE_ON_EXIT=FALSE",
            "--national-systems.vrs.base-url=https://vrs.example.invalid",
            "--national-systems.registry.base-url=https://registry.example.invalid",
            "--national-systems.intermediate.base-url=https://intermediate.example.invalid",
            "--MASTER_KEY=" + java.util.Base64.getEncoder().encodeToString(new java.security.SecureRandom().generateSeed(32)))) {
      int port = ((WebServerApplicationContext) prod).getWebServer().getPort();
      HttpResponse<String> page = new Http(port).get("/operaton/api/admin/auth/user/default");
      List<String> cookies = page.headers().allValues("Set-Cookie");
      assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
          .contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Strict"));
      assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=")
          .contains("Secure").containsIgnoringCase("SameSite=Strict"));
    }
  }
}
