package jp.vaccinationoffice.caseserver.jpki;

/** What a challenge is for: a challenge of one purpose is refused for another. */
public enum ChallengePurpose {
  ELECTRONIC_CERTIFICATE_REQUEST,
  PORTAL_SIGN_IN
}
