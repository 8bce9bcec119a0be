package jp.vaccinationoffice.simulators.support;

/** Sex as the resident registry and the VRS record it. */
public enum Sex {
  MALE,
  FEMALE
}
