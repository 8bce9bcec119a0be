package jp.vaccinationoffice.caseserver.accesslog;

/** A request to the access log API that cannot be answered as asked; answered with 400. */
public class InvalidAccessLogQuery extends RuntimeException {

  InvalidAccessLogQuery(String message) {
    super(message);
  }
}
