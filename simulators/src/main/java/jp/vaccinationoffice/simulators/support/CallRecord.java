package jp.vaccinationoffice.simulators.support;

import java.time.Instant;

/** One call a simulated system received; the My Number appears only as its last four digits. */
public record CallRecord(
    String operation,
    String municipalityCode,
    String myNumberLast4,
    String idempotencyKey,
    CallOutcome outcome,
    Instant at) {}
