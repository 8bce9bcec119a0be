package jp.vaccinationoffice.caseserver.accesslog;

import java.time.Instant;

/** A read, search or export the access log holds no business need for, for supervisors to review. */
public record UnjustifiedRead(
    long logId,
    Instant recordedAt,
    String userId,
    String action,
    String subjectType,
    String subjectId,
    String justification,
    UnjustifiedReason reason,
    String description) {

  static UnjustifiedRead of(AccessLogRow row, UnjustifiedReason reason) {
    return new UnjustifiedRead(row.id(), row.recordedAt(), row.userId(), row.action(), row.subjectType(),
        row.subjectId(), row.justification(), reason, reason.description());
  }
}
