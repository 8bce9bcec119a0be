package jp.vaccinationoffice.caseserver.workers;

import java.util.ArrayList;
import java.util.Optional;
import jp.vaccinationoffice.workers.runtime.TaskHandOff;
import jp.vaccinationoffice.workers.runtime.TaskSignal;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.TransactionContext;
import org.operaton.bpm.engine.impl.cfg.TransactionState;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.externaltask.LockedExternalTaskImpl;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.interceptor.CommandContextListener;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.operaton.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gets every external task this node's engine creates to a worker without a poll: every activity run
 * as an external task gets a listener on its start which, when the creating command closes (before
 * the engine writes the task), offers the task to this node's workers ({@link TaskHandOff}). A claimed
 * task is written locked for this node and handed to the claiming thread once the transaction has
 * committed; an unclaimed one is written unlocked and the {@link TaskSignal} wakes the fetch loop
 * after the commit. Nothing of this is in the models.
 */
@Component
class NewExternalTaskDelivery extends AbstractProcessEnginePlugin {

  private final TaskSignal signal;
  private final TaskHandOff handOff;

  NewExternalTaskDelivery(TaskSignal signal, TaskHandOff handOff) {
    this.signal = signal;
    this.handOff = handOff;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        deliverOnStart(activity);
      }

      @Override
      public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        deliverOnStart(activity);
      }

      @Override
      public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        deliverOnStart(activity);
      }
    });
  }

  private void deliverOnStart(ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior) {
      ExecutionListener deliverWhenCreated = execution -> Context.getCommandContext()
          .registerCommandContextListener(new Delivery((ExecutionEntity) execution));
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, deliverWhenCreated);
    }
  }

  /** The tasks the activity's behaviour has created on the execution by the time the command closes. */
  private final class Delivery implements CommandContextListener {

    private final ExecutionEntity execution;

    Delivery(ExecutionEntity execution) {
      this.execution = execution;
    }

    @Override
    public void onCommandContextClose(CommandContext commandContext) {
      TransactionContext transaction = commandContext.getTransactionContext();
      for (ExternalTaskEntity task : execution.getExternalTasks()) {
        if (task.getWorkerId() != null) {
          continue;
        }
        Optional<TaskHandOff.Claim> claim = handOff.claim(task.getTopicName());
        if (claim.isPresent()) {
          LockedExternalTask locked = lockFor(claim.get(), task);
          transaction.addTransactionListener(TransactionState.COMMITTED, committed -> claim.get().handOver(locked));
          transaction.addTransactionListener(TransactionState.ROLLED_BACK, rolledBack -> claim.get().cancel());
        } else {
          transaction.addTransactionListener(TransactionState.COMMITTED, committed -> signal.signal());
        }
      }
    }

    /** The task as a fetch would have locked it, with the variables the execution holds now. */
    private LockedExternalTask lockFor(TaskHandOff.Claim claim, ExternalTaskEntity task) {
      task.lock(claim.workerId(), claim.lockMillis());
      task.setBusinessKey(execution.getProcessBusinessKey());
      return LockedExternalTaskImpl.fromEntity(task, null, false, false, false);
    }

    @Override
    public void onCommandFailed(CommandContext commandContext, Throwable failure) {
      // nothing was claimed yet: claims are made when the command closes without failing
    }
  }
}
