package jp.vaccinationoffice.caseserver.jpki;

import org.springframework.http.HttpStatus;

/** Why the evidence read from a My Number card was refused; each is its own problem for the caller. */
public enum RefusalReason {
  CHALLENGE_UNKNOWN(HttpStatus.FORBIDDEN, "the challenge is unknown; ask for a new one"),
  CHALLENGE_OF_ANOTHER_CHANNEL(HttpStatus.FORBIDDEN, "the challenge was issued to another channel or for another use"),
  CHALLENGE_USED(HttpStatus.FORBIDDEN, "the challenge was used already; every attempt needs a new one"),
  CHALLENGE_EXPIRED(HttpStatus.FORBIDDEN, "the challenge has expired; ask for a new one"),
  CERTIFICATE_MALFORMED(HttpStatus.BAD_REQUEST, "cardCertificate is not a DER-encoded X.509 certificate"),
  CERTIFICATE_NOT_ISSUED_BY_JLIS(HttpStatus.FORBIDDEN, "the card certificate was not issued by the J-LIS certificate authority"),
  CERTIFICATE_NOT_FOR_AUTHENTICATION(HttpStatus.FORBIDDEN, "the card certificate is not an end-entity certificate for signatures"),
  CERTIFICATE_NOT_YET_VALID(HttpStatus.FORBIDDEN, "the card certificate is not valid yet"),
  CERTIFICATE_EXPIRED(HttpStatus.FORBIDDEN, "the card certificate has expired"),
  CERTIFICATE_REVOKED(HttpStatus.FORBIDDEN, "the card certificate is revoked"),
  CHALLENGE_SIGNATURE_INVALID(HttpStatus.FORBIDDEN, "challengeSignature is not the card's signature over the challenge"),
  KENMEN_SIGNATURE_INVALID(HttpStatus.FORBIDDEN, "kenmenSignature is not J-LIS's signature over the kenmen data: the data or the signature was changed"),
  KENMEN_MALFORMED(HttpStatus.BAD_REQUEST, "kenmen is not in the JPKI-KENMEN/1 form"),
  KENMEN_OF_ANOTHER_CARD(HttpStatus.FORBIDDEN, "the kenmen data belongs to another card than the certificate"),
  MUNICIPALITY_NOT_SERVED(HttpStatus.UNPROCESSABLE_ENTITY, "the card holder's municipality is not served by this office; apply to the municipality of residence"),
  JLIS_TRUST_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "the J-LIS certificate or revocation list cannot be obtained now; try again later");

  private final HttpStatus status;
  private final String description;

  RefusalReason(HttpStatus status, String description) {
    this.status = status;
    this.description = description;
  }

  public HttpStatus status() {
    return status;
  }

  public String description() {
    return description;
  }
}
