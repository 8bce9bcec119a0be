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
  FORM_COMPONENT_ID_UNIQUE("form-component-id-unique"),
  EXPRESSION_READS_VARIABLES_ONLY("expression-reads-variables-only"),
  WORKER_ERROR_HAS_BOUNDARY("worker-error-has-boundary"),
  WORKER_NAMED_AFTER_TOPIC("worker-named-after-topic"),
  TASK_NAMED_VERB_OBJECT("task-named-verb-object"),
  MERGE_GATEWAY_UNNAMED("merge-gateway-unnamed"),
  PROCESS_DOCUMENTED("process-documented"),
  PROCESS_MAP_MATCHES("process-map-matches"),
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
