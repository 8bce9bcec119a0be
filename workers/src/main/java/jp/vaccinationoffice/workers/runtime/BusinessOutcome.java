package jp.vaccinationoffice.workers.runtime;

import java.util.Map;

/** An outcome the process models with an error boundary event, such as "no such person". */
public class BusinessOutcome extends RuntimeException {

  private final String errorCode;
  private final Map<String, Object> variables;

  public BusinessOutcome(String errorCode, String message, Map<String, Object> variables) {
    super(message, null, false, false);
    this.errorCode = errorCode;
    this.variables = Map.copyOf(variables);
  }

  public BusinessOutcome(String errorCode, String message) {
    this(errorCode, message, Map.of());
  }

  public String errorCode() {
    return errorCode;
  }

  public Map<String, Object> variables() {
    return variables;
  }
}
