package jp.vaccinationoffice.caseserver.electronicapplication;

import jp.vaccinationoffice.caseserver.electronicapplication.ElectronicCertificateRequest.PassportDetails;
import jp.vaccinationoffice.caseserver.electronicapplication.ElectronicCertificateRequest.RequestedUse;
import jp.vaccinationoffice.caseserver.jpki.VerifiedCardholder;

/** Runs the certificate request for a verified card holder without a clerk and gives what was issued. */
public interface ElectronicIssuance {

  IssuedElectronically issue(ApplicationChannel channel, VerifiedCardholder holder, RequestedUse use, PassportDetails passport);

  /**
   * Where the request ended: {@code certificateId}, {@code smartHealthCard} (the
   * {@code application/smart-health-card} JSON) and {@code pdf} only when a certificate was issued,
   * the PDF only for the kiosk, which prints it.
   */
  record IssuedElectronically(String requestId, String status, String certificateId, String smartHealthCard, byte[] pdf) {}
}
