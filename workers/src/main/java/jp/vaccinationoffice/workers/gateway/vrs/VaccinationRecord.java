package jp.vaccinationoffice.workers.gateway.vrs;

import java.time.LocalDate;

/** One vaccination (接種記録) as the VRS holds it. */
public record VaccinationRecord(int doseNumber, LocalDate date, String manufacturer, String product, String lot) {}
