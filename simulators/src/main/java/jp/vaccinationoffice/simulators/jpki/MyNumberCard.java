package jp.vaccinationoffice.simulators.jpki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import jp.vaccinationoffice.common.jpki.KenmenData;
import jp.vaccinationoffice.simulators.support.SimulatorRequestException;
import org.springframework.http.HttpStatus;

/**
 * One simulated My Number card: its 券面事項 data signed by J-LIS, its user-authentication key pair
 * (the private key never leaves the card) and certificate, and the 4-digit PIN that unlocks both.
 * Three wrong PINs in a row lock the card; the right one resets the count.
 */
final class MyNumberCard {

  static final int PIN_ATTEMPTS = 3;

  private final String cardId;
  private final KeyPair keys;
  private final X509Certificate certificate;
  private final byte[] kenmen;
  private final byte[] kenmenSignature;
  private final String pin;
  private final CardSigningFunction signing;
  private int wrongPins;
  private Instant revokedAt;

  MyNumberCard(String cardId, KeyPair keys, X509Certificate certificate, KenmenData kenmen, byte[] kenmenSignature, String pin,
      CardSigningFunction signing) {
    this.cardId = cardId;
    this.keys = keys;
    this.certificate = certificate;
    this.kenmen = kenmen.toBytes();
    this.kenmenSignature = kenmenSignature.clone();
    this.pin = pin;
    this.signing = signing;
  }

  record Reading(byte[] kenmen, byte[] kenmenSignature, X509Certificate certificate, byte[] challengeSignature) {}

  record Authentication(byte[] challengeSignature, X509Certificate certificate) {}

  /** The 券面事項入力補助AP read with the PIN, and the challenge signed with the card's key. */
  synchronized Reading read(String typedPin, byte[] challenge) {
    checkPin(typedPin);
    return new Reading(kenmen.clone(), kenmenSignature.clone(), certificate, sign(challenge));
  }

  /** The challenge signed with the user-authentication key after the PIN. */
  synchronized Authentication authenticate(String typedPin, byte[] challenge) {
    checkPin(typedPin);
    return new Authentication(sign(challenge), certificate);
  }

  /** {@code data} signed with the signing key after the signing password; a card issued without one cannot sign. */
  CardSigningFunction.Signed sign(String typedPassword, byte[] data) {
    if (signing == null) {
      throw SimulatorRequestException.conflict("the card was issued without a signing certificate (no signingPassword)");
    }
    return signing.sign(typedPassword, data);
  }

  synchronized void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  synchronized Instant revokedAt() {
    return revokedAt;
  }

  String cardId() {
    return cardId;
  }

  BigInteger serial() {
    return certificate.getSerialNumber();
  }

  /** The serials of every certificate on the card: revoking the card revokes them all. */
  List<BigInteger> serials() {
    return signing == null ? List.of(serial()) : List.of(serial(), signing.serial());
  }

  private void checkPin(String typedPin) {
    if (wrongPins >= PIN_ATTEMPTS) {
      throw locked();
    }
    if (!pin.equals(typedPin)) {
      wrongPins++;
      if (wrongPins >= PIN_ATTEMPTS) {
        throw locked();
      }
      throw SimulatorRequestException.refused(HttpStatus.FORBIDDEN, "wrong-pin", "Wrong PIN",
              "the PIN is wrong; the card locks after " + PIN_ATTEMPTS + " wrong PINs in a row")
          .with("remainingAttempts", PIN_ATTEMPTS - wrongPins);
    }
    wrongPins = 0;
  }

  private static SimulatorRequestException locked() {
    return SimulatorRequestException.refused(HttpStatus.LOCKED, "card-locked", "Card locked",
            "the card is locked after " + PIN_ATTEMPTS + " wrong PINs; the holder must have the PIN reset at the municipality's counter")
        .with("remainingAttempts", 0);
  }

  private byte[] sign(byte[] challenge) {
    try {
      Signature signature = Signature.getInstance(JlisCertificateAuthority.SIGNATURE_ALGORITHM);
      signature.initSign(keys.getPrivate());
      signature.update(challenge);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the card could not sign", e);
    }
  }
}
