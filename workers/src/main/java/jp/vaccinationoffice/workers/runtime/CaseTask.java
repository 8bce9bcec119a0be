package jp.vaccinationoffice.workers.runtime;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What a worker knows about the external task it runs: the case (the business key), where in the
 * process it stands, and the non-identifying variables.
 *
 * @param activityInstanceId stable across retries and lock expiry of one task; new each time the
 *     process re-enters the activity
 * @param municipalityCode the engine tenant of the case
 */
public record CaseTask(
    String caseId,
    String activityId,
    String activityInstanceId,
    String municipalityCode,
    String processInstanceId,
    Map<String, Object> variables) {

  public CaseTask {
    variables = variables == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(variables));
  }

  @SuppressWarnings("unchecked")
  public <T> T variable(String name) {
    return (T) variables.get(name);
  }
}
