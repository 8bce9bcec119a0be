package jp.vaccinationoffice.workers.runtime;

import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.variable.VariableMap;
import org.operaton.bpm.engine.variable.value.ObjectValue;
import org.operaton.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one {@link CaseWorker} for a locked task and reports the result to the engine through its
 * Java API: completed, a BPMN error for a business outcome, or a failure with the retries left for
 * anything else. The step's case-store writes and a completion or BPMN error commit in one
 * transaction; a failure is reported after that transaction has been rolled back, so a step either
 * has all of its effects or none.
 */
class CaseTaskHandler {

  private static final Logger LOG = LoggerFactory.getLogger(CaseTaskHandler.class);

  private final String topic;
  private final CaseWorker worker;
  private final RetryPolicy retryPolicy;
  private final Engine engine;

  /** What the handler needs of the engine and the database. */
  record Engine(ExternalTaskService service, String workerId, StepTransactions steps, ModeledErrors errors,
      RetryWakeUps retryWakeUps) {}

  /** Told when a failed task becomes due again, so the fetch loop need not poll for it. */
  interface RetryWakeUps {
    void dueIn(long millis);
  }

  CaseTaskHandler(String topic, CaseWorker worker, RetryPolicy retryPolicy, Engine engine) {
    this.topic = topic;
    this.worker = worker;
    this.retryPolicy = retryPolicy;
    this.engine = engine;
  }

  void execute(LockedExternalTask task) {
    MDC.put("caseId", task.getBusinessKey());
    MDC.put("topic", topic);
    try {
      engine.steps().inStep(() -> runStep(task));
    } catch (PermanentFailureException permanent) {
      reportPermanent(task, permanent.failure, permanent.getCause());
    } catch (Exception failure) {
      reportFailure(task, failure);
    } finally {
      MDC.remove("caseId");
      MDC.remove("topic");
    }
  }

  private void runStep(LockedExternalTask task) throws Exception {
    Map<String, Object> variables;
    try {
      variables = worker.execute(caseTask(task));
    } catch (BusinessOutcome outcome) {
      reportOutcome(task, outcome.errorCode(), outcome.getMessage(), outcome.variables());
      return;
    } catch (RuntimeException failure) {
      if (failure instanceof PermanentFailure permanent) {
        if (engine.errors().catches(task.getProcessDefinitionId(), task.getActivityId(), permanent.errorCode())) {
          reportOutcome(task, permanent.errorCode(), permanent.title(), Map.of());
          return;
        }
        // the step's writes are rolled back; the incident is raised in a transaction of its own
        throw new PermanentFailureException(permanent, failure);
      }
      throw failure;
    }
    engine.service().complete(task.getId(), engine.workerId(), variables == null ? Map.of() : variables);
  }

  static CaseTask caseTask(LockedExternalTask task) {
    return new CaseTask(task.getBusinessKey(), task.getActivityId(), task.getActivityInstanceId(),
        task.getTenantId(), task.getProcessInstanceId(), plainValues(task.getVariables()));
  }

  /** Workers read plain values only; objects stay serialized in the engine and are left out. */
  private static Map<String, Object> plainValues(VariableMap variables) {
    Map<String, Object> values = new HashMap<>();
    if (variables != null) {
      for (String name : variables.keySet()) {
        TypedValue value = variables.getValueTyped(name);
        if (!(value instanceof ObjectValue object) || object.isDeserialized()) {
          values.put(name, value.getValue());
        }
      }
    }
    return values;
  }

  private void reportOutcome(LockedExternalTask task, String errorCode, String message, Map<String, Object> variables) {
    LOG.info("Case {} at {}: business outcome {}", task.getBusinessKey(), task.getActivityId(), errorCode);
    engine.service().handleBpmnError(task.getId(), engine.workerId(), errorCode,
        IncidentMessages.mask(String.valueOf(message)), variables);
  }

  private void reportPermanent(LockedExternalTask task, PermanentFailure failure, Throwable cause) {
    String message = IncidentMessages.truncate(IncidentMessages.mask(failure.title()));
    LOG.warn("Case {} at {} failed and is not retried: {}", task.getBusinessKey(), task.getActivityId(), message);
    engine.service().handleFailure(task.getId(), engine.workerId(), message, IncidentMessages.details(cause), 0, 0);
  }

  private void reportFailure(LockedExternalTask task, Exception failure) {
    int retriesLeft = retryPolicy.retriesLeftAfterFailure(task.getRetries());
    String message = IncidentMessages.message(failure);
    LOG.warn("Case {} at {} failed ({} retries left): {}", task.getBusinessKey(), task.getActivityId(),
        retriesLeft, message);
    long interval = retryPolicy.interval().toMillis();
    engine.service().handleFailure(task.getId(), engine.workerId(), message, IncidentMessages.details(failure),
        retriesLeft, interval);
    if (retriesLeft > 0) {
      engine.retryWakeUps().dueIn(interval);
    }
  }

  /** Carries a permanent failure out of the step's transaction, which it rolls back. */
  private static final class PermanentFailureException extends RuntimeException {
    private final transient PermanentFailure failure;

    PermanentFailureException(PermanentFailure failure, Throwable cause) {
      super(cause.getMessage(), cause, false, false);
      this.failure = failure;
    }
  }
}
