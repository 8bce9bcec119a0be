package jp.vaccinationoffice.caseserver.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.engine.ParsedOnceFeel;
import org.operaton.bpm.dmn.engine.DmnDecisionResult;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.repository.DeploymentBuilder;

/**
 * A bare in-memory engine with the repository's decision tables deployed, for testing the tables
 * rule by rule through the engine's DecisionService, with the server's FEEL ({@link ParsedOnceFeel}).
 */
public final class DecisionTables implements AutoCloseable {

  private final ProcessEngine engine;

  private DecisionTables(ProcessEngine engine) {
    this.engine = engine;
  }

  public static DecisionTables deployed() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEnginePlugins(List.of(new ParsedOnceFeel(), new SharedEngineMappings()));
    ProcessEngine engine = configuration
        .setJdbcUrl("jdbc:h2:mem:decisions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setProcessEngineName("decisions-" + UUID.randomUUID())
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("decision tables");
    for (String file : RepositoryModels.fileNames()) {
      if (file.endsWith(".dmn")) {
        try {
          deployment.addString(file, Files.readString(RepositoryModels.DMN.resolve(file)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    deployment.deploy();
    return new DecisionTables(engine);
  }

  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs) {
    return engine.getDecisionService().evaluateDecisionByKey(decisionKey).variables(inputs).evaluate();
  }

  @Override
  public void close() {
    engine.close();
  }
}
