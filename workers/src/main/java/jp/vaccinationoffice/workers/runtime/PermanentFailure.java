package jp.vaccinationoffice.workers.runtime;

/**
 * A fault that a retry of the same step cannot cure, such as a national system refusing the request
 * (HTTP 4xx). It is not retried: it ends as the BPMN error {@link #errorCode()} where the activity
 * has an error boundary event for it, otherwise at once as an incident titled {@link #title()}.
 */
public interface PermanentFailure {

  String errorCode();

  /** Short text for the incident; never holds a My Number. */
  String title();
}
