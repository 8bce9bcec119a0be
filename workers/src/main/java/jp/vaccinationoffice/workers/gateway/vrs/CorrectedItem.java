package jp.vaccinationoffice.workers.gateway.vrs;

/** A dose item the VRS corrects (the items of {@link VaccinationRecord}). */
public enum CorrectedItem {
  DOSE_NUMBER,
  DATE,
  MANUFACTURER,
  PRODUCT,
  LOT
}
