package jp.vaccinationoffice.caseserver.support;

import java.time.Duration;
import jp.vaccinationoffice.simulators.SimulatorsConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import jp.vaccinationoffice.workers.gateway.IdempotencyKeys;
import jp.vaccinationoffice.workers.gateway.IdempotentCalls;
import jp.vaccinationoffice.workers.gateway.JsonHttpClient;
import jp.vaccinationoffice.workers.gateway.NationalSystem;
import jp.vaccinationoffice.workers.gateway.NationalSystemProperties;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The simulated national systems as their own application on a free port, for tests of services
 * that call them without starting the case server.
 */
public final class StandaloneSimulators implements AutoCloseable {

  /** The simulators with Spring MVC and Jackson only: none of the server's engine, database or security. */
  @Configuration(proxyBeanMethods = false)
  @Import(SimulatorsConfiguration.class)
  @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
      DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
      JacksonAutoConfiguration.class})
  static class SimulatorsOnly {}

  private final ConfigurableApplicationContext context;
  public final Http http;
  private final int port;

  private StandaloneSimulators() {
    context = new SpringApplicationBuilder(SimulatorsOnly.class)
        .properties("server.port=0", "spring.main.banner-mode=off")
        .run();
    port = ((WebServerApplicationContext) context).getWebServer().getPort();
    http = new Http(port);
  }

  public static StandaloneSimulators start() {
    return new StandaloneSimulators();
  }

  /** The VRS gateway the server would use, with its call table on the case store. */
  public VrsGateway vrs(CaseStore store) {
    NationalSystemProperties properties = new NationalSystemProperties();
    properties.setBaseUrl("http://localhost:" + port + "/sim/vrs");
    properties.setConnectTimeout(Duration.ofSeconds(2));
    properties.setReadTimeout(Duration.ofSeconds(5));
    return new VrsGateway(new JsonHttpClient(NationalSystem.VRS, properties),
        new IdempotentCalls(new IdempotencyKeys(store.jdbc, java.time.Clock.systemUTC())));
  }

  public void reset() {
    http.postJson("/sim/reset", "{}", null, null);
  }

  @Override
  public void close() {
    context.close();
  }
}
