package jp.vaccinationoffice.caseserver.certificates;

import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * The documents of an issued certificate: the PDF (drawn from the record when asked for) and the
 * SMART Health Card file ({@code {"verifiableCredential": ["<JWS>"]}}). An id of another
 * municipality is unknown here (404).
 */
@Component
public class IssuedCertificates {

  private final CertificateRecords records;
  private final CertificatePdf pdf;
  private final SmartHealthCards cards;
  private final PersonalDataCipher cipher;

  IssuedCertificates(CertificateRecords records, CertificatePdf pdf, SmartHealthCards cards, PersonalDataCipher cipher) {
    this.records = records;
    this.pdf = pdf;
    this.cards = cards;
    this.cipher = cipher;
  }

  public byte[] pdf(String municipalityCode, String certificateId) {
    CertificateRecords.Stored certificate = find(municipalityCode, certificateId);
    String passportNumber = certificate.passportSealed() == null ? null
        : cipher.open(municipalityCode, certificate.passportSealed());
    return pdf.render(certificate, passportNumber);
  }

  public String smartHealthCard(String municipalityCode, String certificateId) {
    return cards.file(find(municipalityCode, certificateId).smartHealthCard());
  }

  CertificateRecords.Stored find(String municipalityCode, String certificateId) {
    return records.find(municipalityCode, certificateId).orElseThrow(() -> ApiException.notFound("certificate"));
  }
}
