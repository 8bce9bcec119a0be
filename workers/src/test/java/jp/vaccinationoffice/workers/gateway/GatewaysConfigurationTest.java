package jp.vaccinationoffice.workers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import javax.sql.DataSource;
import jp.vaccinationoffice.workers.gateway.intermediate.IntermediateGateway;
import jp.vaccinationoffice.workers.gateway.registry.RegistryGateway;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

class GatewaysConfigurationTest {

  @Configuration(proxyBeanMethods = false)
  static class Database {
    @Bean(destroyMethod = "shutdown")
    DataSource dataSource() {
      return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
      return new JdbcTemplate(dataSource);
    }
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(Database.class, GatewaysConfiguration.class)
      .withPropertyValues(
          "national-systems.vrs.base-url=http://localhost:8080/sim/vrs",
          "national-systems.vrs.read-timeout=2s",
          "national-systems.vrs.connect-timeout=750ms",
          "national-systems.vrs.username=office",
          "national-systems.vrs.password=secret",
          "national-systems.registry.base-url=http://localhost:8080/sim/registry",
          "national-systems.intermediate.base-url=http://localhost:8080/sim/intermediate");

  @Test
  void createsTheGatewaysFromTheProperties() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(VrsGateway.class).hasSingleBean(RegistryGateway.class)
          .hasSingleBean(IntermediateGateway.class).hasSingleBean(IdempotencyKeys.class);
      NationalSystemProperties vrs = context.getBean(NationalSystemsProperties.class).getVrs();
      assertThat(vrs.getReadTimeout()).isEqualTo(Duration.ofSeconds(2));
      assertThat(vrs.getConnectTimeout()).isEqualTo(Duration.ofMillis(750));
      assertThat(vrs.getUsername()).isEqualTo("office");
      assertThat(context.getBean(NationalSystemsProperties.class).getRegistry().getReadTimeout()).isEqualTo(Duration.ofSeconds(30));
    });
  }

  @Test
  void aMissingBaseUrlStopsTheStartWithAClearError() {
    new ApplicationContextRunner()
        .withUserConfiguration(Database.class, GatewaysConfiguration.class)
        .withPropertyValues("national-systems.vrs.base-url=http://localhost:8080/sim/vrs")
        .run(context -> assertThat(context).getFailure().rootCause().hasMessage("national-systems.registry.base-url is required"));
  }

  @Test
  void loadsAPkcs12TrustStore(@TempDir Path directory) throws Exception {
    Path trustStore = directory.resolve("national-systems.p12");
    KeyStore empty = KeyStore.getInstance("PKCS12");
    empty.load(null, null);
    try (OutputStream out = Files.newOutputStream(trustStore)) {
      empty.store(out, "changeit".toCharArray());
    }

    runner.withPropertyValues("national-systems.vrs.trust-store=" + trustStore, "national-systems.vrs.trust-store-password=changeit")
        .run(context -> assertThat(context).hasNotFailed());
    runner.withPropertyValues("national-systems.vrs.trust-store=" + trustStore, "national-systems.vrs.trust-store-password=wrong")
        .run(context -> assertThat(context).getFailure().rootCause().isNotNull());
    runner.withPropertyValues("national-systems.vrs.trust-store=" + directory.resolve("missing.p12"))
        .run(context -> assertThat(context).getFailure().hasStackTraceContaining("cannot read the trust store of VRS"));
  }
}
