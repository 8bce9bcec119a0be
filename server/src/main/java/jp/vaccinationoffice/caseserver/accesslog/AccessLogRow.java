package jp.vaccinationoffice.caseserver.accesslog;

import java.time.Instant;

/** One stored row of the access log, as appended and as read back. */
public record AccessLogRow(
    long id,
    Instant recordedAt,
    String userId,
    String municipalityCode,
    String action,
    String subjectType,
    String subjectId,
    String justification,
    String clientAddress,
    String previousHash,
    String rowHash) {}
