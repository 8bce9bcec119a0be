package jp.vaccinationoffice.caseserver.certificates;

/** How a certificate was applied for: at the counter, by mail, at a convenience-store kiosk, in the app. */
public enum CertificateChannel {
  COUNTER,
  MAIL,
  KIOSK,
  APP;

  /** The kiosk and the app read the signed data of the My Number card: no clerk verifies the applicant. */
  public boolean electronic() {
    return this == KIOSK || this == APP;
  }
}
