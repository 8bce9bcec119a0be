package jp.vaccinationoffice.simulators.vrs;

/** The VRS operations the gateways call; names used in the call log and in faults. */
public enum VrsOperation {
  QUERY,
  REGISTER_TICKET,
  INQUIRE,
  INQUIRY_STATUS,
  PROVIDE,
  CERTIFICATE_LOOKUP,
  CORRECT
}
