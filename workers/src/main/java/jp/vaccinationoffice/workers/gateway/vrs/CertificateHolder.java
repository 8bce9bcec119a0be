package jp.vaccinationoffice.workers.gateway.vrs;

import java.time.LocalDate;
import jp.vaccinationoffice.workers.gateway.Sex;

/** The person a certificate is issued to, as the VRS records them. */
public record CertificateHolder(
    String familyName, String givenName, String familyNameKana, String givenNameKana, LocalDate birthDate, Sex sex) {}
