package jp.vaccinationoffice.caseserver.certificates;

/**
 * How a certificate was applied for: at the counter, by mail, at a convenience-store kiosk, in the
 * app, or in the resident portal after signing in with the My Number card.
 */
public enum CertificateChannel {
  COUNTER,
  MAIL,
  KIOSK,
  APP,
  PORTAL;

  /** The kiosk, the app and the portal know the applicant by the My Number card: no clerk verifies them. */
  public boolean electronic() {
    return this == KIOSK || this == APP || this == PORTAL;
  }

  /**
   * The channel as the process model routes it: the model names the card-verified channels KIOSK and
   * APP, and the portal's resident, signed in with the card, takes the app's path.
   */
  public String routedAs() {
    return this == PORTAL ? APP.name() : name();
  }
}
