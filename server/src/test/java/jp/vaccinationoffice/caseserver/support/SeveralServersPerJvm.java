package jp.vaccinationoffice.caseserver.support;

import org.operaton.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tests start several servers in one JVM. The Operaton webapp keeps the application context its
 * filters initialise from in a static field, which would still point at an earlier, closed server;
 * clearing it makes each server initialise the webapp filters from its own context.
 */
public class SeveralServersPerJvm extends LazyInitRegistration
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    applicationContext = null;
  }
}
