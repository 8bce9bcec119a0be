package jp.vaccinationoffice.caseserver.modeleffects;

import java.util.Map;

/** A decision evaluated by a business rule task: the definition evaluated (id and version) and its result. */
public record DecisionTaken(String decisionId, int version, String activityId, Map<String, Object> result) {

  public DecisionTaken {
    result = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(result));
  }
}
