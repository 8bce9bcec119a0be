package jp.vaccinationoffice.caseserver.electronicapplication;

import jp.vaccinationoffice.caseserver.certificates.CertificateChannel;
import jp.vaccinationoffice.caseserver.certificates.CertificateIntake;
import jp.vaccinationoffice.caseserver.certificates.CertificateUse;
import jp.vaccinationoffice.caseserver.certificates.ElectronicApplication;
import jp.vaccinationoffice.caseserver.certificates.ElectronicCertificateReceipt;
import jp.vaccinationoffice.caseserver.certificates.IssuedCertificates;
import jp.vaccinationoffice.caseserver.certificates.Passport;
import jp.vaccinationoffice.caseserver.electronicapplication.ElectronicCertificateRequest.PassportDetails;
import jp.vaccinationoffice.caseserver.electronicapplication.ElectronicCertificateRequest.RequestedUse;
import jp.vaccinationoffice.caseserver.jpki.VerifiedCardholder;
import org.springframework.stereotype.Component;

/**
 * Electronic issuance through the certificate-request process (without the clerk's task): the card
 * holder's verified number and four basic items go to {@link CertificateIntake}, the documents of an
 * issued certificate come from {@link IssuedCertificates}.
 */
@Component
class CertificateProcessIssuance implements ElectronicIssuance {

  private final CertificateIntake intake;
  private final IssuedCertificates certificates;

  CertificateProcessIssuance(CertificateIntake intake, IssuedCertificates certificates) {
    this.intake = intake;
    this.certificates = certificates;
  }

  @Override
  public IssuedElectronically issue(ApplicationChannel channel, VerifiedCardholder holder, RequestedUse use,
      PassportDetails passport) {
    String municipality = holder.municipalityCode();
    ElectronicCertificateReceipt receipt = intake.applyElectronically(municipality, new ElectronicApplication(
        channel == ApplicationChannel.KIOSK ? CertificateChannel.KIOSK : CertificateChannel.APP,
        holder.myNumber().digits(), holder.name(), holder.address(), holder.birthDate(), holder.sex(),
        CertificateUse.valueOf(use.name()),
        passport == null ? null : new Passport(passport.number(), passport.nationality(), passport.familyNameRoman(),
            passport.givenNameRoman(), passport.otherName())));
    if (receipt.certificateId() == null) {
      return new IssuedElectronically(receipt.requestId(), receipt.status(), null, null, null);
    }
    IssuedCertificates.Documents documents = certificates.documents(municipality, receipt.certificateId(),
        channel == ApplicationChannel.KIOSK);
    return new IssuedElectronically(receipt.requestId(), receipt.status(), receipt.certificateId(),
        documents.smartHealthCard(), documents.pdf());
  }
}
