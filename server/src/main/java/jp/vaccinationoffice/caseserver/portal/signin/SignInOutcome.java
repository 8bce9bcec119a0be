package jp.vaccinationoffice.caseserver.portal.signin;

import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;

/** How a sign-in with a My Number card ended, with the Japanese message a refusal shows. */
sealed interface SignInOutcome {

  /** Signed in: the session's token for the cookie. */
  record SignedIn(ResidentPrincipal resident, String sessionToken) implements SignInOutcome {}

  /** The card is not linked yet: its 券面事項 data must be read once to find the person. */
  record CardDataNeeded() implements SignInOutcome {}

  record Refused(String message) implements SignInOutcome {}
}
