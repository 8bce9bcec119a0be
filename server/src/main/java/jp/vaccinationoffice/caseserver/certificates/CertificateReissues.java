package jp.vaccinationoffice.caseserver.certificates;

import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 再交付: a new certificate in place of one lost, damaged or whose details changed, once the clerk
 * has verified the applicant again ({@link ReissueIdentityChecks}). The old one becomes SUPERSEDED
 * and its card's rid joins the revocation list, in the same transaction.
 */
@Service
class CertificateReissues {

  enum Reason { LOST, DAMAGED, DETAILS_CHANGED }

  /** The reason, a new passport if the old one changed, and the clerk's 本人確認 of the applicant. */
  record ReissueRequest(Reason reason, Passport passport, ReissueIdentityChecks.IdentityCheck identityCheck) {}

  record Reissued(String certificateId, String supersedes, String status) {}

  private final IssuedCertificates issued;
  private final CertificateIssuance issuance;
  private final CertificateRevocations revocations;
  private final CertificateRequestValidation validation;
  private final CaseJournal journal;
  private final ReissueIdentityChecks identityChecks;

  CertificateReissues(IssuedCertificates issued, CertificateIssuance issuance, CertificateRevocations revocations,
      CertificateRequestValidation validation, CaseJournal journal, ReissueIdentityChecks identityChecks) {
    this.identityChecks = identityChecks;
    this.issued = issued;
    this.issuance = issuance;
    this.revocations = revocations;
    this.validation = validation;
    this.journal = journal;
  }

  @Transactional
  Reissued reissue(String municipalityCode, String certificateId, ReissueRequest request, String clerk) {
    CertificateRecords.Stored old = issued.find(municipalityCode, certificateId);
    if (request == null || request.reason() == null) {
      throw ApiException.badRequest("reason is required (LOST, DAMAGED or DETAILS_CHANGED)");
    }
    Passport passport = validation.validateReissuePassport(old.use(), request.passport());
    if (old.status() != CertificateStatus.ISSUED && old.status() != CertificateStatus.MAILED) {
      throw ApiException.conflict("certificate " + certificateId + " is " + old.status() + " and cannot be reissued");
    }
    ReissueIdentityChecks.Verified verified = identityChecks.verify(old.use(), request.identityCheck());
    String id = issuance.reissue(old, passport, verified);
    revocations.withdraw(municipalityCode, certificateId, CertificateStatus.SUPERSEDED,
        "REISSUED_" + request.reason().name(), id);
    journal.step(old.caseId(), "CERTIFICATE_REISSUED", clerk, request.reason().name() + " " + id);
    journal.changed(old.caseId());
    return new Reissued(id, certificateId, CertificateStatus.ISSUED.name());
  }
}
