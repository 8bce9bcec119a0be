package jp.vaccinationoffice.caseserver.workers;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import jp.vaccinationoffice.caseserver.startup.StartupRefusedException;
import jp.vaccinationoffice.workers.CaseWorkersConfiguration;
import jp.vaccinationoffice.workers.gateway.GatewaysConfiguration;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.WorkerProperties;
import jp.vaccinationoffice.workers.runtime.WorkerSubscriptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Runs the workers inside the server, against its own engine REST API, once the server accepts
 * requests. Set {@code workers.enabled=false} to run them as separate processes instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkerProperties.class)
@Import({GatewaysConfiguration.class, CaseWorkersConfiguration.class})
public class InProcessWorkers {

  private final WorkerProperties properties;
  private final WorkerAccount account;
  private final Environment environment;
  private final String configuredPassword;
  private WorkerSubscriptions subscriptions;

  InProcessWorkers(WorkerProperties properties, WorkerAccount account, Environment environment,
      @Value("${workers.password:${WORKERS_PASSWORD:}}") String configuredPassword) {
    this.properties = properties;
    this.account = account;
    this.environment = environment;
    this.configuredPassword = configuredPassword;
  }

  @Bean
  WorkerSubscriptions workerSubscriptions(List<CaseWorker> workers) {
    subscriptions = new WorkerSubscriptions(workers, properties);
    return subscriptions;
  }

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    if (!properties.enabled() || !(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    String password = workerPassword();
    account.provision(properties.username(), password);
    String url = properties.engineRestUrl() != null && !properties.engineRestUrl().isBlank()
        ? properties.engineRestUrl()
        : "http://localhost:" + web.getWebServer().getPort() + "/engine-rest";
    subscriptions.start(url, password);
  }

  @EventListener
  void onClose(ContextClosedEvent event) {
    if (subscriptions != null) {
      subscriptions.stop(Duration.ofSeconds(1));
    }
  }

  /** Production names the password; the demo makes a new one at every start, known only to this JVM. */
  private String workerPassword() {
    if (!configuredPassword.isBlank()) {
      return configuredPassword;
    }
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      throw new StartupRefusedException("The in-process workers have no password for their engine account.",
          "Set WORKERS_PASSWORD, or run the workers separately and set workers.enabled=false.");
    }
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}
