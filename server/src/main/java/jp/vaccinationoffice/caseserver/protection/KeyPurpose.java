package jp.vaccinationoffice.caseserver.protection;

/** What a municipality key is for; each purpose has its own key, so neither betrays the other. */
enum KeyPurpose {
  /** AES-256-GCM encryption of personal data. */
  DATA("AES"),
  /** HMAC-SHA-256 of values to be found by equality, e.g. a My Number. */
  INDEX("HmacSHA256"),
  /** ES256 signing of the municipality's SMART Health Cards: the P-256 private scalar. */
  SHC_ISSUER("EC");

  private final String algorithm;

  KeyPurpose(String algorithm) {
    this.algorithm = algorithm;
  }

  String algorithm() {
    return algorithm;
  }

  /** Fresh key material of this purpose. */
  byte[] newKeyBytes() {
    return this == SHC_ISSUER ? IssuerKeyPair.newPrivateScalar() : AesGcm.randomKeyBytes();
  }
}
