package jp.vaccinationoffice.caseserver.workers;

import static org.assertj.core.api.Assertions.assertThat;

import jp.vaccinationoffice.caseserver.support.BareEngines;
import jp.vaccinationoffice.workers.runtime.TaskSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.model.bpmn.Bpmn;

/** A real engine: the signal comes once the new external task is committed, naming its topic. */
class ExternalTaskCreationSignalTest {

  private final TaskSignal signal = new TaskSignal();
  private ProcessEngine engine;

  @BeforeEach
  void engine() {
    ProcessEngineConfigurationImpl configuration = BareEngines.inMemory("task-signal");
    configuration.getProcessEnginePlugins().add(new ExternalTaskCreationSignal(signal));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addModelInstance("named.bpmn", Bpmn.createExecutableProcess("named").startEvent()
            .serviceTask("step").operatonExternalTask("vrs-register-ticket").endEvent().done())
        .addModelInstance("computed.bpmn", Bpmn.createExecutableProcess("computed").startEvent()
            .serviceTask("step").operatonExternalTask("${topic}").endEvent().done())
        .deploy();
    signal.takeTopics();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aNewTaskSignalsItsTopicOnceCommitted() {
    long before = signal.generation();

    engine.getRuntimeService().startProcessInstanceByKey("named");

    assertThat(signal.generation()).isGreaterThan(before);
    assertThat(signal.takeTopics()).containsExactly("vrs-register-ticket");
  }

  @Test
  void aTopicTheModelComputesSignalsEveryTopic() {
    engine.getRuntimeService().startProcessInstanceByKey("computed", Variables.putValue("topic", "vrs-query"));

    assertThat(signal.takeTopics()).as("every topic").isNull();
  }

  @Test
  void aTransactionThatRollsBackSignalsNothing() {
    long before = signal.generation();

    try {
      engine.getRuntimeService().startProcessInstanceByKey("computed");
    } catch (RuntimeException unknownVariable) {
      // the topic expression cannot be resolved: the start rolls back
    }

    assertThat(signal.generation()).isEqualTo(before);
  }
}
