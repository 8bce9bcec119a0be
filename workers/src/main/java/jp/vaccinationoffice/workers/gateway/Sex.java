package jp.vaccinationoffice.workers.gateway;

/** Sex as the resident registry and the VRS record it. */
public enum Sex {
  MALE,
  FEMALE
}
