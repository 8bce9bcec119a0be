package jp.vaccinationoffice.workers.runtime;

import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one {@link CaseWorker} for a fetched task and reports the result to the engine: completed,
 * a BPMN error for a business outcome, or a failure with the retries left for anything else.
 */
class CaseTaskHandler implements ExternalTaskHandler {

  private static final Logger LOG = LoggerFactory.getLogger(CaseTaskHandler.class);

  private final String topic;
  private final CaseWorker worker;
  private final RetryPolicy retryPolicy;

  CaseTaskHandler(String topic, CaseWorker worker, RetryPolicy retryPolicy) {
    this.topic = topic;
    this.worker = worker;
    this.retryPolicy = retryPolicy;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    MDC.put("caseId", task.getBusinessKey());
    MDC.put("topic", topic);
    try {
      Map<String, Object> variables;
      try {
        variables = worker.execute(new CaseTask(task));
      } catch (BusinessOutcome outcome) {
        reportOutcome(task, service, outcome);
        return;
      } catch (Exception failure) {
        reportFailure(task, service, failure);
        return;
      }
      service.complete(task, variables == null ? Map.of() : variables);
    } finally {
      MDC.remove("caseId");
      MDC.remove("topic");
    }
  }

  private void reportOutcome(ExternalTask task, ExternalTaskService service, BusinessOutcome outcome) {
    LOG.info("Case {} at {}: business outcome {}", task.getBusinessKey(), task.getActivityId(), outcome.errorCode());
    service.handleBpmnError(task, outcome.errorCode(), IncidentMessages.mask(String.valueOf(outcome.getMessage())),
        outcome.variables());
  }

  private void reportFailure(ExternalTask task, ExternalTaskService service, Exception failure) {
    int retriesLeft = retryPolicy.retriesLeftAfterFailure(task.getRetries());
    String message = IncidentMessages.message(failure);
    LOG.warn("Case {} at {} failed ({} retries left): {}", task.getBusinessKey(), task.getActivityId(),
        retriesLeft, message);
    service.handleFailure(task, message, IncidentMessages.details(failure), retriesLeft,
        retryPolicy.interval().toMillis());
  }
}
