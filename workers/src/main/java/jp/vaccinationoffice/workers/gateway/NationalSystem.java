package jp.vaccinationoffice.workers.gateway;

/** The national systems the workers call. */
public enum NationalSystem {
  VRS,
  REGISTRY,
  INTERMEDIATE
}
