package jp.vaccinationoffice.simulators.jpki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import jp.vaccinationoffice.simulators.support.SimulatorRequestException;
import org.springframework.http.HttpStatus;

/**
 * The card's signing function (署名用電子証明書 and its key), unlocked by the signing password: five
 * wrong passwords in a row lock it, independently of the 4-digit PIN.
 */
final class CardSigningFunction {

  static final int PASSWORD_ATTEMPTS = 5;

  private final KeyPair keys;
  private final X509Certificate certificate;
  private final String password;
  private int wrongPasswords;

  CardSigningFunction(KeyPair keys, X509Certificate certificate, String password) {
    this.keys = keys;
    this.certificate = certificate;
    this.password = password;
  }

  BigInteger serial() {
    return certificate.getSerialNumber();
  }

  record Signed(byte[] signature, X509Certificate certificate) {}

  synchronized Signed sign(String typedPassword, byte[] data) {
    if (wrongPasswords >= PASSWORD_ATTEMPTS) {
      throw locked();
    }
    if (!password.equals(typedPassword)) {
      wrongPasswords++;
      if (wrongPasswords >= PASSWORD_ATTEMPTS) {
        throw locked();
      }
      throw SimulatorRequestException.refused(HttpStatus.FORBIDDEN, "wrong-signing-password", "Wrong signing password",
              "the signing password is wrong; the signing function locks after " + PASSWORD_ATTEMPTS + " wrong ones in a row")
          .with("remainingAttempts", PASSWORD_ATTEMPTS - wrongPasswords);
    }
    wrongPasswords = 0;
    try {
      Signature signature = Signature.getInstance(JlisCertificateAuthority.SIGNATURE_ALGORITHM);
      signature.initSign(keys.getPrivate());
      signature.update(data);
      return new Signed(signature.sign(), certificate);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the card could not sign", e);
    }
  }

  private static SimulatorRequestException locked() {
    return SimulatorRequestException.refused(HttpStatus.LOCKED, "signing-locked", "Signing function locked",
            "the signing function is locked after " + PASSWORD_ATTEMPTS + " wrong signing passwords")
        .with("remainingAttempts", 0);
  }
}
