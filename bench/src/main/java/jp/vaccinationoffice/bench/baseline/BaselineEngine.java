package jp.vaccinationoffice.bench.baseline;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.operaton.bpm.engine.repository.Deployment;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.model.bpmn.impl.BpmnModelConstants;
import org.operaton.bpm.model.bpmn.instance.BaseElement;

/**
 * A bare Operaton engine, configured in code, with the case server's history level and the office's
 * own models deployed (every process, decision table and form of the repository). No job executor:
 * nothing on the move-in path is asynchronous. What the models declare for the case store
 * (extension properties) means nothing to a bare engine, so it runs only what the engine itself does.
 */
public final class BaselineEngine implements AutoCloseable {

  static final String PROCESS_KEY = "move-in-record-query";

  private final ProcessEngine engine;
  private final List<String> topics;

  private BaselineEngine(ProcessEngine engine, List<String> topics) {
    this.engine = engine;
    this.topics = topics;
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
    Deployment deployment = deployOfficeModels(engine.getRepositoryService());
    return new BaselineEngine(engine, topicsOf(engine.getRepositoryService(), deployment));
  }

  private static Deployment deployOfficeModels(RepositoryService repository) {
    DeploymentBuilder builder = repository.createDeployment().name("office models").enableDuplicateFiltering(true);
    OfficeModels.resources().forEach(builder::addClasspathResource);
    return builder.deploy();
  }

  /** The external-task topics of the deployed processes: the no-op workers serve every one. */
  private static List<String> topicsOf(RepositoryService repository, Deployment deployment) {
    TreeSet<String> topics = new TreeSet<>();
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
    for (ProcessDefinition definition : definitions) {
      repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(BaseElement.class).stream()
          .map(element -> element.getAttributeValueNs(BpmnModelConstants.OPERATON_NS, BpmnModelConstants.OPERATON_ATTRIBUTE_TOPIC))
          .filter(Objects::nonNull)
          .forEach(topics::add);
    }
    if (topics.isEmpty()) {
      throw new IllegalStateException("the deployment " + deployment.getId() + " has no external-task topic");
    }
    return List.copyOf(topics);
  }

  public ProcessEngine engine() {
    return engine;
  }

  /** Every external-task topic of the deployed processes, sorted. */
  public List<String> topics() {
    return topics;
  }

  @Override
  public void close() {
    engine.close();
  }
}
