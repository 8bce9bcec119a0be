package jp.vaccinationoffice.caseserver.certificates;

/** Status of a certificate request, and of the certificate it issued. */
public enum CertificateStatus {
  RECEIVED,
  APPLICANT_NOT_VERIFIED,
  NO_DOSES_TO_CERTIFY,
  ISSUED,
  MAILED,
  SUPERSEDED,
  REVOKED;

  /** The request's process has ended with this status. */
  public boolean ended() {
    return this != RECEIVED;
  }
}
