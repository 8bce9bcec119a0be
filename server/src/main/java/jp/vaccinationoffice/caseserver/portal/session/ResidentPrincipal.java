package jp.vaccinationoffice.caseserver.portal.session;

/** A resident signed in to the portal: the linked resident account and its municipality. */
public record ResidentPrincipal(String residentId, String municipalityCode) {

  public static final String ROLE = "RESIDENT";
}
