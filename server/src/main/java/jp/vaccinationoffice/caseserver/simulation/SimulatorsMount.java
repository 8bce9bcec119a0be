package jp.vaccinationoffice.caseserver.simulation;

import jp.vaccinationoffice.simulators.SimulatorsConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Serves the simulated national systems under /sim/** when {@code simulators.enabled} (the demo). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "simulators.enabled", havingValue = "true")
@Import(SimulatorsConfiguration.class)
class SimulatorsMount {}
