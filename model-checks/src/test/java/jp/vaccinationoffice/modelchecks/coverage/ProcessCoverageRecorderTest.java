package jp.vaccinationoffice.modelchecks.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.operaton.bpm.engine.runtime.ProcessInstance;

class ProcessCoverageRecorderTest {

  private static final CoverageCollector COLLECTOR = new CoverageCollector();
  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("process-coverage-recorder-test");
    configuration.setJdbcUrl("jdbc:h2:mem:process-coverage-recorder-test;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.getProcessEnginePlugins().add(new ProcessCoverageRecorder(COLLECTOR));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addClasspathResource("coverage/processes/approval.bpmn")
        .addClasspathResource("coverage/engine/batch-notice.bpmn")
        .deploy();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void recordsExactlyTheNodesAndFlowsOfThePathTaken() {
    ProcessInstance instance = engine.getRuntimeService()
        .startProcessInstanceByKey("approval", Map.of("approved", true));
    String reviewTask = engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).singleResult().getId();
    engine.getTaskService().complete(reviewTask);

    CoverageData recorded = COLLECTOR.snapshot();
    assertThat(recorded.flowNodes("approval")).containsExactlyInAnyOrder(
        "StartEvent_received", "Task_review", "Gateway_approved", "Task_record_approval", "EndEvent_approved");
    assertThat(recorded.sequenceFlows("approval")).containsExactlyInAnyOrder(
        "Flow_to_review", "Flow_to_gateway", "Flow_approved", "Flow_to_approved_end");
    // the engine's own history is still written
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).count()).isEqualTo(5);
  }

  @Test
  void recordsLinkCatchEventsAndMultiInstanceActivitiesUnderTheirModelIds() {
    engine.getRuntimeService().startProcessInstanceByKey("batch-notice");

    CoverageData recorded = COLLECTOR.snapshot();
    assertThat(recorded.flowNodes("batch-notice")).containsExactlyInAnyOrder(
        "StartEvent_batch_due", "Event_go_to_printing", "Event_printing", "Task_print_notices",
        "EndEvent_notices_printed");
    assertThat(recorded.sequenceFlows("batch-notice")).containsExactlyInAnyOrder(
        "Flow_to_link", "Flow_to_print", "Flow_to_end");
  }
}
