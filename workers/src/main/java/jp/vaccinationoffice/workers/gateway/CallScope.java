package jp.vaccinationoffice.workers.gateway;

/**
 * The case activity a national-system call is made for. Calls in the same scope (a retried or
 * duplicated external task) share their idempotency key; {@code scope} is normally the activity
 * instance id, which stays the same across retries of one task and is new when the process
 * enters the activity again.
 */
public record CallScope(String caseId, String activityId, String scope) {

  public CallScope {
    caseId = required(caseId, "caseId");
    activityId = required(activityId, "activityId");
    scope = required(scope, "scope");
  }

  public static CallScope of(String caseId, String activityId, String activityInstanceId) {
    return new CallScope(caseId, activityId, activityInstanceId);
  }

  private static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " of a national-system call is required");
    }
    return value;
  }
}
