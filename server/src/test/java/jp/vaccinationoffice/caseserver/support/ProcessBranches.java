package jp.vaccinationoffice.caseserver.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.modelchecks.coverage.ProcessCoverageRecorder;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * Engine-level tests of a process's branches: a bare engine (H2 in memory, no server, no Spring)
 * with the repository's processes, decision tables and forms deployed, shared by every test of the
 * JVM. A test starts an instance before the activity that leads to the branch
 * ({@code startBeforeActivity}) and plays the workers at the topic level: it completes the external
 * task of a topic or throws the BPMN error a worker would. The engine records process coverage like
 * every server the tests start. What the models declare for the case store (extension properties)
 * means nothing here: the server's tests check it.
 */
public final class ProcessBranches {

  private static final String WORKER = "branch-test-worker";
  private static ProcessEngine engine;

  private final ProcessEngine processEngine;

  private ProcessBranches(ProcessEngine processEngine) {
    this.processEngine = processEngine;
  }

  /** Operaton's JUnit 5 extension on the JVM's engine for branch tests. */
  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().useProcessEngine(sharedEngine()).build();
  }

  public static ProcessBranches of(ProcessEngineExtension extension) {
    return new ProcessBranches(extension.getProcessEngine());
  }

  private static synchronized ProcessEngine sharedEngine() {
    if (engine == null) {
      ProcessEngineConfigurationImpl configuration = BareEngines.inMemory("process-branches");
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.getProcessEnginePlugins().add(new ProcessCoverageRecorder());
      engine = configuration.buildProcessEngine();
      deployRepositoryModels(engine);
    }
    return engine;
  }

  private static void deployRepositoryModels(ProcessEngine engine) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("repository models");
    for (String file : RepositoryModels.fileNames()) {
      Path folder = file.endsWith(".bpmn") ? RepositoryModels.PROCESSES
          : file.endsWith(".dmn") ? RepositoryModels.DMN : RepositoryModels.FORMS;
      try {
        deployment.addString(file, Files.readString(folder.resolve(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    deployment.deploy();
  }

  /** A new instance of the process, started before the activity, for a new case. */
  public String startBefore(String processKey, String activityId, Map<String, Object> variables) {
    String caseId = "case-" + UUID.randomUUID();
    return processEngine.getRuntimeService().createProcessInstanceByKey(processKey)
        .businessKey(caseId)
        .setVariables(variables)
        .setVariable("caseId", caseId)
        // what the server's parse listener sets at every start: the number task names quote
        .setVariable(ReceptionNumbers.VARIABLE, ReceptionNumbers.of(caseId))
        .startBeforeActivity(activityId)
        .execute()
        .getId();
  }

  /** The worker of the topic completes the instance's one task of that topic, setting the variables. */
  public void complete(String processInstanceId, String topic, Map<String, Object> variables) {
    processEngine.getExternalTaskService().complete(lock(processInstanceId, topic).getId(), WORKER, variables);
  }

  /** The worker of the topic reports a business outcome, as its {@code BusinessOutcome} would. */
  public void throwBpmnError(String processInstanceId, String topic, String errorCode) {
    processEngine.getExternalTaskService().handleBpmnError(lock(processInstanceId, topic).getId(), WORKER, errorCode);
  }

  private LockedExternalTask lock(String processInstanceId, String topic) {
    List<LockedExternalTask> locked = processEngine.getExternalTaskService().fetchAndLock(10, WORKER)
        .topic(topic, 60_000).businessKey(businessKey(processInstanceId)).execute();
    assertThat(locked).as("external tasks of topic %s waiting in %s", topic, processInstanceId).hasSize(1);
    return locked.get(0);
  }

  /** A clerk or supervisor completes the instance's open user task, which must be {@code taskKey}. */
  public void completeTask(String processInstanceId, String taskKey, Map<String, Object> variables) {
    Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    assertThat(task).as("the open user task of %s", processInstanceId).isNotNull();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  /** The one user task open in the instance (or its called instances), by its key. */
  public String openTaskKey(String processInstanceId) {
    Task task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey(processInstanceId))
        .singleResult();
    return task == null ? null : task.getTaskDefinitionKey();
  }

  /** The activities waiting in the instance (user tasks, external tasks, timers, called processes); none once it ended. */
  public List<String> waitingAt(String processInstanceId) {
    boolean running = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() > 0;
    return running ? processEngine.getRuntimeService().getActiveActivityIds(processInstanceId) : List.of();
  }

  /** Lets the instance's one timer fire now. */
  public void fireTimer(String processInstanceId) {
    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
        .singleResult();
    assertThat(timer).as("the timer of %s", processInstanceId).isNotNull();
    processEngine.getManagementService().executeJob(timer.getId());
  }

  /** The end event the instance ended at; fails while it runs. */
  public String endedAt(String processInstanceId) {
    HistoricProcessInstance instance = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    assertThat(instance.getEndTime()).as("end of %s (waiting at %s)", processInstanceId, waitingAt(processInstanceId))
        .isNotNull();
    return instance.getEndActivityId();
  }

  /** Every activity the instance passed, in order. */
  public List<String> passed(String processInstanceId) {
    return processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricActivityInstance::getActivityId).toList();
  }

  public ProcessEngine engine() {
    return processEngine;
  }

  private String businessKey(String processInstanceId) {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getBusinessKey();
  }
}
