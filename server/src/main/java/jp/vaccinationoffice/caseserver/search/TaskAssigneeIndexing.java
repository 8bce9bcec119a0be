package jp.vaccinationoffice.caseserver.search;

import java.util.List;
import jp.vaccinationoffice.caseserver.engine.ParseListeners;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.operaton.bpm.engine.impl.persistence.entity.TaskEntity;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The member of staff working a case is part of its search document: when a user task is claimed,
 * unclaimed, handed on, completed or deleted, the document of the case or request its process (or
 * the process that called it) works on is noted in the search outbox, in the engine's transaction
 * of that change.
 */
@Component
class TaskAssigneeIndexing extends AbstractProcessEnginePlugin {

  private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_ASSIGNMENT,
      TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

  private final ObjectProvider<SearchOutbox> outbox;

  TaskAssigneeIndexing(ObjectProvider<SearchOutbox> outbox) {
    this.outbox = outbox;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener listener = this::taskChanged;
    ParseListeners.addAfterTheEngine(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        EVENTS.forEach(event -> definition.addBuiltInTaskListener(event, listener));
      }
    });
  }

  private void taskChanged(DelegateTask task) {
    ExecutionEntity instance = ((TaskEntity) task).getProcessInstance();
    if (instance == null) {
      return;
    }
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    outbox.getObject().enqueueProcessInstance(instance.getProcessDefinition().getKey(), instance.getTenantId(),
        instance.getBusinessKey());
  }
}
