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

  /** The SMART Health Card file and, when asked for, the PDF of one certificate, read once. */
  public record Documents(String smartHealthCard, byte[] pdf) {}

  public byte[] pdf(String municipalityCode, String certificateId) {
    return render(find(municipalityCode, certificateId));
  }

  public Documents documents(String municipalityCode, String certificateId, boolean withPdf) {
    CertificateRecords.Stored certificate = find(municipalityCode, certificateId);
    return new Documents(cards.file(certificate.smartHealthCard()), withPdf ? render(certificate) : null);
  }

  byte[] render(CertificateRecords.Stored certificate) {
    String passportNumber = certificate.passportSealed() == null ? null
        : cipher.open(certificate.municipalityCode(), certificate.passportSealed());
    return pdf.render(certificate, passportNumber);
  }

  public String smartHealthCard(String municipalityCode, String certificateId) {
    return cards.file(find(municipalityCode, certificateId).smartHealthCard());
  }

  String smartHealthCard(CertificateRecords.Stored certificate) {
    return cards.file(certificate.smartHealthCard());
  }

  CertificateRecords.Stored find(String municipalityCode, String certificateId) {
    return records.find(municipalityCode, certificateId).orElseThrow(() -> ApiException.notFound("certificate"));
  }
}
