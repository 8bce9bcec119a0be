package jp.vaccinationoffice.caseserver.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.operaton.bpm.model.bpmn.Bpmn;

class SharedEngineMappingsTest {

  private ProcessEngine first;
  private ProcessEngine second;

  @AfterEach
  void close() {
    for (ProcessEngine engine : new ProcessEngine[] {first, second}) {
      if (engine != null) {
        engine.close();
      }
    }
  }

  @Test
  void twoEnginesShareTheParsedMappingsButEachWorksOnItsOwnDatabase() {
    first = engine();
    second = engine();

    assertThat(configuration(first).getSqlSessionFactory()).isInstanceOf(SharedMappingsSqlSessionFactory.class);
    assertThat(configuration(first).getSqlSessionFactory().getConfiguration())
        .isSameAs(configuration(second).getSqlSessionFactory().getConfiguration());

    first.getRepositoryService().createDeployment()
        .addModelInstance("waits.bpmn", Bpmn.createExecutableProcess("waits").startEvent().userTask("wait").endEvent().done())
        .deploy();
    first.getRuntimeService().startProcessInstanceByKey("waits");

    assertThat(first.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(1);
    assertThat(first.getTaskService().createTaskQuery().count()).isEqualTo(1);
    assertThat(second.getRepositoryService().createDeploymentQuery().count()).isZero();
    assertThat(second.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void anEngineWithoutThePluginParsesItsOwn() {
    first = engine();
    StandaloneInMemProcessEngineConfiguration own = new StandaloneInMemProcessEngineConfiguration();
    own.setJdbcUrl("jdbc:h2:mem:own-mappings-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    own.setProcessEngineName("own-mappings-" + UUID.randomUUID());
    own.setJobExecutorActivate(false);
    second = own.buildProcessEngine();

    assertThat(configuration(second).getSqlSessionFactory()).isNotInstanceOf(SharedMappingsSqlSessionFactory.class);
    assertThat(configuration(second).getSqlSessionFactory().getConfiguration())
        .isNotSameAs(configuration(first).getSqlSessionFactory().getConfiguration());
  }

  private static ProcessEngine engine() {
    return BareEngines.inMemory("shared-mappings").buildProcessEngine();
  }

  private static ProcessEngineConfigurationImpl configuration(ProcessEngine engine) {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
