package jp.vaccinationoffice.caseserver.workers;

import jp.vaccinationoffice.workers.runtime.TaskSignal;
import jp.vaccinationoffice.caseserver.engine.ParseListeners;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.TransactionState;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Wakes this node's workers when its engine has committed a new external task: every activity run
 * as an external task gets a listener on its start that, once the transaction creating the task
 * commits, gives the {@link TaskSignal}. Nothing of this is in the models.
 */
@Component
class ExternalTaskCreationSignal extends AbstractProcessEnginePlugin {

  private final TaskSignal signal;

  ExternalTaskCreationSignal(TaskSignal signal) {
    this.signal = signal;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterTheEngine(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        signalOnStart(activity);
      }

      @Override
      public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        signalOnStart(activity);
      }

      @Override
      public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        signalOnStart(activity);
      }
    });
  }

  private void signalOnStart(ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior) {
      ExecutionListener signalAfterCommit = execution -> Context.getCommandContext().getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, committed -> signal.signal());
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, signalAfterCommit);
    }
  }
}
