package jp.vaccinationoffice.caseserver.certificates;

import java.time.LocalDate;

/** Body of {@code POST /api/certificate-requests}. */
public record CertificateRequest(CertificateChannel channel, CertificateUse use, String myNumber, Applicant applicant,
    Passport passport, MailTo mailTo) {

  public record Applicant(String familyName, String givenName, String familyNameKana, String givenNameKana,
      LocalDate birthDate, String sex, String address) {}

  public record MailTo(String postalCode, String address) {}
}
