package jp.vaccinationoffice.caseserver.personalinfo;

/** The letters a request may get (補正依頼書, 延長通知書 and the decision letters). */
enum LetterKind {
  AMENDMENT_REQUEST,
  EXTENSION_NOTICE,
  SPECIAL_EXTENSION_NOTICE,
  DISCLOSURE_DECISION,
  PARTIAL_DISCLOSURE_DECISION,
  NON_DISCLOSURE_DECISION,
  CORRECTION_DECISION,
  SUSPENSION_DECISION;

  static LetterKind forDecision(RequestType type, String decision) {
    return switch (type) {
      case DISCLOSURE -> switch (decision) {
        case "FULL" -> DISCLOSURE_DECISION;
        case "PARTIAL" -> PARTIAL_DISCLOSURE_DECISION;
        default -> NON_DISCLOSURE_DECISION;
      };
      case CORRECTION -> CORRECTION_DECISION;
      case SUSPENSION -> SUSPENSION_DECISION;
    };
  }
}
