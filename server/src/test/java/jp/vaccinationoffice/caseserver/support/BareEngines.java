package jp.vaccinationoffice.caseserver.support;

import java.util.UUID;
import org.operaton.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/** Bare engines for engine-level tests, without the server around them. */
public final class BareEngines {

  private BareEngines() {}

  /**
   * A configuration for an engine on an in-memory H2 database of its own, named after the test's
   * purpose, without a job executor, sharing the parsed mappings of the JVM's other engines
   * ({@link SharedEngineMappings}). More plugins are added to {@code getProcessEnginePlugins()}.
   */
  public static StandaloneInMemProcessEngineConfiguration inMemory(String purpose) {
    String name = purpose + "-" + UUID.randomUUID();
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName(name);
    configuration.setJobExecutorActivate(false);
    configuration.getProcessEnginePlugins().add(new SharedEngineMappings());
    return configuration;
  }
}
