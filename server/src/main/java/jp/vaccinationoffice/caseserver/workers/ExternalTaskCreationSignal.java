package jp.vaccinationoffice.caseserver.workers;

import jp.vaccinationoffice.workers.runtime.TaskSignal;
import jp.vaccinationoffice.caseserver.engine.ParseListeners;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParse;
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
 * commits, gives the {@link TaskSignal} with the task's topic (none when the model computes the topic
 * with an expression). Nothing of this is in the models.
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
        signalOnStart(element, activity);
      }

      @Override
      public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        signalOnStart(element, activity);
      }

      @Override
      public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        signalOnStart(element, activity);
      }
    });
  }

  private void signalOnStart(Element element, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior) {
      String topic = element.attributeNS(BpmnParse.OPERATON_BPMN_EXTENSIONS_NS, "topic");
      Runnable give = topic == null || topic.isBlank() || topic.contains("{") ? signal::signal : () -> signal.signal(topic);
      ExecutionListener signalAfterCommit = execution -> Context.getCommandContext().getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, committed -> give.run());
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, signalAfterCommit);
    }
  }
}
