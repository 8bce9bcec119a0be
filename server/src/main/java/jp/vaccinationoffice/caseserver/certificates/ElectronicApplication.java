package jp.vaccinationoffice.caseserver.certificates;

import java.time.LocalDate;

/**
 * An application through the kiosk or the app, with the My Number card's verified 券面事項: the My
 * Number and the four basic items as on the card. {@code passport} is null for DOMESTIC.
 */
public record ElectronicApplication(CertificateChannel channel, String myNumber, String name, String address,
    LocalDate birthDate, String sex, CertificateUse use, Passport passport) {}
