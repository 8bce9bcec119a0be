package jp.vaccinationoffice.bench.baseline;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * A bare Operaton engine, configured in code, with the case server's history level and the
 * baseline processes and the office's decision tables deployed. No job executor: nothing is
 * asynchronous in these processes.
 */
public final class BaselineEngine implements AutoCloseable {

  static final String PROCESS_KEY = "move-in-baseline";
  static final String[] TOPICS = {"registry-confirm-resident", "vrs-query-move-in-records", "ticket-issue"};

  private final ProcessEngine engine;

  private BaselineEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  public static BaselineEngine start(String jdbcUrl, String username, String password) {
    ProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration()
        .setProcessEngineName("baseline")
        .setJdbcUrl(jdbcUrl)
        .setJdbcDriver(jdbcUrl.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver")
        .setJdbcUsername(username)
        .setJdbcPassword(password == null ? "" : password)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false);
    // as in the case server (the Spring Boot starter's default); the default id blocks take a second
    // connection per command, which starves a busy pool
    ((ProcessEngineConfigurationImpl) configuration).setIdGenerator(new StrongUuidGenerator());
    ProcessEngine engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .name("move-in baseline")
        .addClasspathResource("baseline/consent-capture-baseline.bpmn")
        .addClasspathResource("baseline/move-in-baseline.bpmn")
        .addClasspathResource("dmn/identity-verification.dmn")
        .addClasspathResource("dmn/provision-permitted.dmn")
        .enableDuplicateFiltering(true)
        .deploy();
    return new BaselineEngine(engine);
  }

  public ProcessEngine engine() {
    return engine;
  }

  @Override
  public void close() {
    engine.close();
  }
}
