package jp.vaccinationoffice.caseserver.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A certificate request as its applicant sees it: how and for what it was applied, its status, the
 * notices the office left for the applicant, the certificates it issued and the statuses it passed.
 */
public record OwnCertificateRequest(
    String requestId,
    String channel,
    String use,
    String status,
    Instant receivedAt,
    List<String> notices,
    List<Certificate> certificates,
    List<Step> history) {

  /** A certificate; {@code valid} when it may be shown and downloaded (issued or mailed, not superseded or revoked). */
  public record Certificate(String certificateId, String use, String status, LocalDate issuedOn, boolean valid,
      List<Dose> doses) {}

  public record Dose(int doseNumber, LocalDate vaccinatedOn, String manufacturer, String product, String lot) {}

  public record Step(String status, Instant at) {}
}
