package jp.vaccinationoffice.caseserver.jpki;

/**
 * What a card reader sends from a My Number card: the challenge it answered, the 券面事項 data
 * ({@code KenmenData} bytes) with J-LIS's signature, the card's certificate (DER) and the card's
 * signature over the challenge's bytes.
 */
public record CardEvidence(String challengeId, byte[] kenmen, byte[] kenmenSignature, byte[] cardCertificate,
    byte[] challengeSignature) {

  @Override
  public String toString() {
    return "CardEvidence[challengeId=" + challengeId + "]";
  }
}
