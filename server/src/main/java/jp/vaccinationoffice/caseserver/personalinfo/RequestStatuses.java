package jp.vaccinationoffice.caseserver.personalinfo;

import java.util.Set;

/** The statuses the three processes declare; a request in a closed status has its answer. */
final class RequestStatuses {

  static final String RECEIVED = "RECEIVED";
  static final String AWAITING_AMENDMENT = "AWAITING_AMENDMENT";
  static final String AMENDMENT_PERIOD_EXPIRED = "AMENDMENT_PERIOD_EXPIRED";
  /** The requester withdrew the request before it was decided. */
  static final String WITHDRAWN = "WITHDRAWN";

  static final Set<String> CLOSED = Set.of("REJECTED", "REQUESTER_REFUSED", "INADMISSIBLE", "DISCLOSED",
      "PARTLY_DISCLOSED", "NOT_DISCLOSED", "NOT_EXISTING", "CORRECTED", "PARTLY_CORRECTED", "CORRECTION_REFUSED",
      "SUSPENDED", "PARTLY_SUSPENDED", "SUSPENSION_REFUSED", WITHDRAWN);

  static final Set<String> ALL = Set.of("RECEIVED", "CHECKING", "AWAITING_AMENDMENT", "AMENDMENT_PERIOD_EXPIRED",
      "GATHERING", "DRAFTING", "AWAITING_DECISION", "CORRECTING", "RESTRICTING", "REJECTED", "REQUESTER_REFUSED",
      "INADMISSIBLE", "DISCLOSED", "PARTLY_DISCLOSED", "NOT_DISCLOSED", "NOT_EXISTING", "CORRECTED",
      "PARTLY_CORRECTED", "CORRECTION_REFUSED", "SUSPENDED", "PARTLY_SUSPENDED", "SUSPENSION_REFUSED", WITHDRAWN);

  private RequestStatuses() {}
}
