package jp.vaccinationoffice.workers.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.ErrorEventDefinition;

/** Whether an activity of a deployed process has an error boundary event that catches an error code. */
public class ModeledErrors {

  private final RepositoryService repository;
  private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

  public ModeledErrors(RepositoryService repository) {
    this.repository = repository;
  }

  public boolean catches(String processDefinitionId, String activityId, String errorCode) {
    return answers.computeIfAbsent(processDefinitionId + '/' + activityId + '/' + errorCode,
        key -> lookUp(processDefinitionId, activityId, errorCode));
  }

  private boolean lookUp(String processDefinitionId, String activityId, String errorCode) {
    return repository.getBpmnModelInstance(processDefinitionId).getModelElementsByType(BoundaryEvent.class).stream()
        .filter(boundary -> boundary.getAttachedTo() != null && activityId.equals(boundary.getAttachedTo().getId()))
        .flatMap(boundary -> boundary.getEventDefinitions().stream())
        .filter(ErrorEventDefinition.class::isInstance)
        .map(ErrorEventDefinition.class::cast)
        .anyMatch(definition -> definition.getError() == null || errorCode.equals(definition.getError().getErrorCode()));
  }
}
