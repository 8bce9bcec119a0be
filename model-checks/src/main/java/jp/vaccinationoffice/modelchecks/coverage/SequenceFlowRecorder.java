package jp.vaccinationoffice.modelchecks.coverage;

import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.pvm.PvmProcessDefinition;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.pvm.process.TransitionImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;

/**
 * Adds a listener to every sequence flow's {@code take} event, and records the link events the
 * engine's history leaves out. The listeners are built-in ones so that process instance
 * modifications with {@code skipCustomListeners} still record.
 */
final class SequenceFlowRecorder implements BpmnParseListener {

  private final CoverageCollector collector;

  SequenceFlowRecorder(CoverageCollector collector) {
    this.collector = collector;
  }

  @Override
  public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
    String processKey = keyOf(transition.getProcessDefinition());
    String flowId = transition.getId();
    String modelTarget = element.attribute("targetRef");
    // The engine drops link throw events and points the flow into one straight at its catch event.
    boolean intoLinkThrowEvent = modelTarget != null && transition.getDestination() != null
        && !modelTarget.equals(transition.getDestination().getId());
    ExecutionListener recorder = execution -> {
      collector.sequenceFlowTaken(processKey, flowId);
      if (intoLinkThrowEvent) {
        collector.flowNodeReached(processKey, modelTarget);
      }
    };
    transition.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, recorder);
  }

  /** The engine writes no history for link catch events, so they are recorded here. */
  @Override
  public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (element.element("linkEventDefinition") != null) {
      String processKey = keyOf(activity.getProcessDefinition());
      String activityId = activity.getId();
      ExecutionListener recorder = execution -> collector.flowNodeReached(processKey, activityId);
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, recorder);
    }
  }

  private static String keyOf(PvmProcessDefinition definition) {
    if (definition instanceof ProcessDefinitionEntity entity) {
      return entity.getKey();
    }
    throw new IllegalStateException("not a deployed process definition: " + definition);
  }
}
