package jp.vaccinationoffice.caseserver.simulation;

import jp.vaccinationoffice.simulators.SimulatorsConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Serves the simulated national systems under /sim/** when {@code simulators.enabled} (the demo), to
 * this machine only unless {@code simulators.exposed} ({@code SIMULATORS_EXPOSED=true}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "simulators.enabled", havingValue = "true")
@Import(SimulatorsConfiguration.class)
class SimulatorsMount {

  @Bean
  @ConditionalOnProperty(name = "simulators.exposed", havingValue = "false", matchIfMissing = true)
  FilterRegistrationBean<LoopbackOnlyFilter> simulatorsLoopbackOnly() {
    FilterRegistrationBean<LoopbackOnlyFilter> registration = new FilterRegistrationBean<>(new LoopbackOnlyFilter());
    registration.setName("simulators-loopback-only");
    registration.addUrlPatterns("/sim/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
