package jp.vaccinationoffice.caseserver.accesslog;

/**
 * One access to specific personal information.
 *
 * @param userId the member of staff (or system account) who accessed it
 * @param municipalityCode the municipality whose data it is
 * @param action what was done
 * @param subjectType what was accessed: {@code CASE}, {@code PERSON}, {@code LEDGER}, ...
 * @param subjectId the internal id of what was accessed, never a My Number
 * @param justification the task or case that made the access necessary (e.g. {@code task:123}), or null
 * @param clientAddress where the request came from
 */
public record AccessEntry(
    String userId,
    String municipalityCode,
    AccessAction action,
    String subjectType,
    String subjectId,
    String justification,
    String clientAddress) {}
