package jp.vaccinationoffice.workers.runtime;

import java.util.Map;

/**
 * One business step run for an external task of one topic (annotate the class with
 * {@link ExternalTaskTopic}). It reads what it needs from the case store by the case id, never from
 * process variables holding personal data, and returns the non-identifying variables to set.
 *
 * <p>Throw {@link BusinessOutcome} for an outcome the process models (a BPMN error); any other
 * exception is a technical fault that is retried and then becomes an incident.
 */
public interface CaseWorker {

  Map<String, Object> execute(CaseTask task) throws Exception;
}
