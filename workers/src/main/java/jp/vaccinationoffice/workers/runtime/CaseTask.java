package jp.vaccinationoffice.workers.runtime;

import org.camunda.bpm.client.task.ExternalTask;

/**
 * What a worker knows about the external task it runs: the case (the business key), where in the
 * process it stands, and the non-identifying variables.
 */
public record CaseTask(ExternalTask externalTask) {

  public String caseId() {
    return externalTask.getBusinessKey();
  }

  public String activityId() {
    return externalTask.getActivityId();
  }

  /** Stable across retries and lock expiry of one task; new each time the process re-enters the activity. */
  public String activityInstanceId() {
    return externalTask.getActivityInstanceId();
  }

  public String municipalityCode() {
    return externalTask.getTenantId();
  }

  public String processInstanceId() {
    return externalTask.getProcessInstanceId();
  }

  public <T> T variable(String name) {
    return externalTask.getVariable(name);
  }
}
