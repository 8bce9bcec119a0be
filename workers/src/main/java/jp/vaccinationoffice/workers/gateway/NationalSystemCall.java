package jp.vaccinationoffice.workers.gateway;

import java.time.Instant;

/**
 * A row of {@code national_system_call}: one idempotent call and how it ended. {@code completedAt}
 * stays empty while the call has no answer (never sent, or failed technically).
 */
public record NationalSystemCall(
    String idempotencyKey,
    String caseId,
    String activityId,
    String scope,
    NationalSystem system,
    String operation,
    int attempts,
    Instant createdAt,
    Instant lastAttemptAt,
    Instant completedAt,
    String outcome) {}
