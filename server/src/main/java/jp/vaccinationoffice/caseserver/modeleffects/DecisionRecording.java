package jp.vaccinationoffice.caseserver.modeleffects;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.operaton.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.operaton.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.operaton.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.operaton.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.operaton.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.operaton.bpm.engine.impl.context.BpmnExecutionContext;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.operaton.bpm.engine.repository.DecisionDefinition;

/**
 * Records every decision a business rule task evaluates, from the evaluation itself: the decision
 * definition that was evaluated (so its version is the one in force at that moment, not the latest
 * deployed later) and the outputs of the rule that matched. Evaluations outside a process (the
 * decision service) are not a case's and are left alone.
 */
class DecisionRecording implements DmnDecisionEvaluationListener {

  private final Supplier<ModelEffects> effects;

  DecisionRecording(Supplier<ModelEffects> effects) {
    this.effects = effects;
  }

  @Override
  public void notify(DmnDecisionEvaluationEvent event) {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    if (context == null || context.getExecution() == null) {
      return;
    }
    ExecutionEntity execution = context.getExecution();
    String processKey = execution.getProcessDefinition().getKey();
    if (!effects.get().keeps(processKey)
        || !(event.getDecisionResult().getDecision() instanceof DecisionDefinition definition)) {
      return;
    }
    DecisionTaken decision = new DecisionTaken(definition.getKey(), definition.getVersion(),
        execution.getActivityId(), outputs(event.getDecisionResult()));
    effects.get().of(processKey).decision(execution.getProcessBusinessKey(), decision);
  }

  private static Map<String, Object> outputs(DmnDecisionLogicEvaluationEvent result) {
    Map<String, Object> outputs = new LinkedHashMap<>();
    if (result instanceof DmnDecisionTableEvaluationEvent table && !table.getMatchingRules().isEmpty()) {
      DmnEvaluatedDecisionRule rule = table.getMatchingRules().get(0);
      rule.getOutputEntries().values().forEach(output -> outputs.put(output.getOutputName(), output.getValue().getValue()));
    }
    return outputs;
  }
}
