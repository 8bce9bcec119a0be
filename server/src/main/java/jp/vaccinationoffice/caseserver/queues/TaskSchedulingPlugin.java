package jp.vaccinationoffice.caseserver.queues;

import jp.vaccinationoffice.caseserver.engine.ParseListeners;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Installs {@link TaskSchedulingParseListener} in the engine. */
@Component
@EnableConfigurationProperties(QueueProperties.class)
class TaskSchedulingPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskDeadlines> deadlines;

  TaskSchedulingPlugin(ObjectProvider<TaskDeadlines> deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addBeforeTheEngine(configuration, new TaskSchedulingParseListener(deadlines::getObject));
  }
}
