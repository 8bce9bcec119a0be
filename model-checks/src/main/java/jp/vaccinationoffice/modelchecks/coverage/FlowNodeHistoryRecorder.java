package jp.vaccinationoffice.modelchecks.coverage;

import java.util.List;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.operaton.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.operaton.bpm.engine.impl.history.event.HistoryEvent;
import org.operaton.bpm.engine.impl.history.event.HistoryEventTypes;
import org.operaton.bpm.engine.impl.history.handler.HistoryEventHandler;

/** Records every flow node whose activity instance starts, as reported by the engine's history. */
final class FlowNodeHistoryRecorder implements HistoryEventHandler {

  private final CoverageCollector collector;

  FlowNodeHistoryRecorder(CoverageCollector collector) {
    this.collector = collector;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricActivityInstanceEventEntity activity
        && event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START)
        && activity.getProcessDefinitionKey() != null
        && activity.getActivityId() != null) {
      collector.flowNodeReached(activity.getProcessDefinitionKey(), flowNodeId(activity.getActivityId()));
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  /** A multi-instance activity also starts a body instance named after the activity plus a suffix. */
  private static String flowNodeId(String activityId) {
    return activityId.endsWith(BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX)
        ? activityId.substring(0, activityId.length() - BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX.length())
        : activityId;
  }
}
