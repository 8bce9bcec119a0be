package jp.vaccinationoffice.caseserver.jpki;

import java.time.Instant;
import java.util.Base64;

/** A challenge for the card to sign: its id, its value (base64url of its bytes) and when it expires. */
public record IssuedChallenge(String challengeId, String challenge, Instant expiresAt) {

  /** The bytes the card signs. */
  public byte[] bytes() {
    return Base64.getUrlDecoder().decode(challenge);
  }
}
