package jp.vaccinationoffice.caseserver.electronicapplication;

/**
 * An application sent by a channel after the resident's card was read: the challenge the card
 * answered, the 券面事項 data ({@code kenmen}, base64 of the JPKI-KENMEN/1 bytes) with J-LIS's
 * signature, the card's certificate (base64 DER), the card's signature over the challenge (base64),
 * the use, and for OVERSEAS the passport.
 */
public record ElectronicCertificateRequest(
    String challengeId,
    String kenmen,
    String kenmenSignature,
    String cardCertificate,
    String challengeSignature,
    RequestedUse use,
    PassportDetails passport) {

  /** 国内用 or 海外用. */
  public enum RequestedUse {
    DOMESTIC,
    OVERSEAS
  }

  /** 旅券関係情報 for a certificate for travel, as on the passport. */
  public record PassportDetails(String number, String nationality, String familyNameRoman, String givenNameRoman,
      String otherName) {}
}
