package jp.vaccinationoffice.simulators.registry;

/** The registry operations the gateways call; names used in the call log and in faults. */
public enum RegistryOperation {
  VERIFY,
  SUPPORT_MEASURE_LOOKUP
}
