package jp.vaccinationoffice.caseserver.accesslog;

import java.time.Instant;

/**
 * Which rows of one municipality's log to show, newest first. Null filters match everything;
 * {@code from} is inclusive, {@code to} exclusive.
 */
public record AccessLogQuery(
    String municipalityCode,
    String userId,
    String subjectType,
    String subjectId,
    AccessAction action,
    Instant from,
    Instant to,
    int page,
    int size) {}
