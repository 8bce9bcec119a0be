package jp.vaccinationoffice.simulators.intermediate;

/** The intermediate-server operations the gateways call; names used in the call log and in faults. */
public enum IntermediateOperation {
  RECORD_PROVISION
}
