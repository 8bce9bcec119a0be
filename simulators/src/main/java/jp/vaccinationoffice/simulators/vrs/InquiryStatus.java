package jp.vaccinationoffice.simulators.vrs;

/** Where an inquiry between two municipalities stands; all but PENDING are answers. */
public enum InquiryStatus {
  PENDING,
  ANSWERED,
  NOT_FOUND,
  REFUSED
}
