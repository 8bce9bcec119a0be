package jp.vaccinationoffice.workers.gateway.vrs;

/** Where an inquiry to another municipality stands. NOT_FOUND and REFUSED are business answers. */
public enum InquiryStatus {
  PENDING,
  ANSWERED,
  NOT_FOUND,
  REFUSED
}
