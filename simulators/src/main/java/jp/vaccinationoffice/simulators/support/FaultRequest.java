package jp.vaccinationoffice.simulators.support;

/** Body of {@code POST /sim/<system>/faults}. {@code count} defaults to 1; {@code delayMillis} only for SLOW. */
public record FaultRequest(String operation, FaultMode mode, Integer count, Long delayMillis) {}
