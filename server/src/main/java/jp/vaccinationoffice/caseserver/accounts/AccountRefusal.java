package jp.vaccinationoffice.caseserver.accounts;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A refused account request: the status, a problem type and words for the caller. */
class AccountRefusal extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final List<String> violations;

  AccountRefusal(HttpStatus status, String type, String detail) {
    this(status, type, detail, List.of());
  }

  AccountRefusal(HttpStatus status, String type, String detail, List<String> violations) {
    super(detail);
    this.status = status;
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  HttpStatus status() {
    return status;
  }

  String type() {
    return type;
  }

  List<String> violations() {
    return violations;
  }
}
