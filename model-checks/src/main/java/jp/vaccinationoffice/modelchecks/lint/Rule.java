package jp.vaccinationoffice.modelchecks.lint;

/** The model conventions {@link ModelLint} enforces; {@link #code()} is how reports and fixtures name them. */
public enum Rule {
  PROCESS_ID_MATCHES_FILE("process-id-matches-file"),
  PROCESS_HISTORY_TTL("process-history-ttl"),
  DECISION_ID_MATCHES_FILE("decision-id-matches-file"),
  DECISION_HISTORY_TTL("decision-history-ttl"),
  USER_TASK_CANDIDATE_GROUP("user-task-candidate-group"),
  USER_TASK_FORM_EXISTS("user-task-form-exists"),
  FORM_ID_MATCHES_FILE("form-id-matches-file"),
  DECISION_REF_EXISTS("decision-ref-exists"),
  EXTERNAL_TOPIC_HAS_WORKER("external-topic-has-worker"),
  GATEWAY_FLOW_NAMED("gateway-flow-named"),
  GATEWAY_HAS_DEFAULT("gateway-has-default"),
  ELEMENT_NAMED("element-named"),
  FORM_FIELD_LABELLED("form-field-labelled"),
  MALFORMED_FILE("malformed-file");

  private final String code;

  Rule(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Rule ofCode(String code) {
    for (Rule rule : values()) {
      if (rule.code.equals(code)) {
        return rule;
      }
    }
    throw new IllegalArgumentException("unknown rule " + code);
  }
}
