package jp.vaccinationoffice.workers.personalinfo;

import java.util.Date;

/**
 * What the workers of the disclosure, correction and suspension requests do to the request kept in
 * the case store, by request id. Every effect is keyed ({@code effectKey}): the same key twice has
 * one effect, so a retried or duplicated task changes nothing more.
 */
public interface PersonalInformationRequestSteps {

  /** Issues the 補正依頼書 and stops the statutory clock; the answer is due by the instant returned. */
  Date sendAmendmentRequest(String requestId, String effectKey);

  /** Whether the information was disclosed to the requester before (開示請求前置), and how long ago. */
  PriorDisclosure priorDisclosure(String requestId);

  /** Collects what the office holds about the subject, each item with its source; the number of items. */
  int gatherInformation(String requestId);

  /** Issues the decision letter of the approved decision and stops the clock. */
  void sendDecisionLetter(String requestId, String effectKey);

  /**
   * Corrects the ledger doses of the request's items the approved decision grants, and only those.
   * Not applied when the ledger holds no such dose.
   */
  CorrectionOutcome correctLedger(String requestId, String effectKey);

  /** Revokes the certificates issued from the doses the correction changed. */
  void revokeCertificates(String requestId, String effectKey);

  /** Sends the corrections to VRS, which notifies every municipality the records were provided to. */
  void notifyCorrection(String requestId, String effectKey);

  /** Applies each measure the approved suspension decision grants (stop use, erase, stop provision), and only those. */
  void applyRestriction(String requestId, String effectKey);

  record CorrectionOutcome(boolean applied, String reason) {}

  record PriorDisclosure(boolean disclosedBefore, int daysSinceDisclosure) {}
}
