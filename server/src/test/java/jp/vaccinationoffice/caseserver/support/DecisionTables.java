package jp.vaccinationoffice.caseserver.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import jp.vaccinationoffice.caseserver.engine.ParsedOnceFeel;
import org.operaton.bpm.dmn.engine.DmnDecisionResult;
import org.operaton.bpm.engine.ProcessEngine;
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
    ProcessEngineConfigurationImpl configuration = BareEngines.inMemory("decisions");
    configuration.getProcessEnginePlugins().add(new ParsedOnceFeel());
    ProcessEngine engine = configuration.buildProcessEngine();
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
