package jp.vaccinationoffice.simulators.support;

import org.springframework.http.HttpStatus;

/** The answer to a call and the outcome the call log records for it. */
public record Reply(HttpStatus status, Object body, CallOutcome outcome) {

  public static Reply ok(Object body, CallOutcome outcome) {
    return new Reply(HttpStatus.OK, body, outcome);
  }

  public static Reply created(Object body) {
    return new Reply(HttpStatus.CREATED, body, CallOutcome.OK);
  }

  public static Reply accepted(Object body) {
    return new Reply(HttpStatus.ACCEPTED, body, CallOutcome.OK);
  }
}
