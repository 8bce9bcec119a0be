package jp.vaccinationoffice.caseserver.protection;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM through Bouncy Castle: a random 96-bit nonce per message, a 128-bit tag, and associated
 * data that binds a sealed value to where it belongs. Output: nonce || ciphertext || tag.
 */
final class AesGcm {

  static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();

  private AesGcm() {}

  static byte[] seal(SecretKey key, byte[] associatedData, byte[] plaintext) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION, BouncyCastle.provider());
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] ciphertext = cipher.doFinal(plaintext);
      byte[] sealed = new byte[NONCE_BYTES + ciphertext.length];
      System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
      System.arraycopy(ciphertext, 0, sealed, NONCE_BYTES, ciphertext.length);
      return sealed;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** Fails with {@link AEADBadTagException} when the key, the associated data or any byte differs. */
  static byte[] open(SecretKey key, byte[] associatedData, byte[] sealed) throws AEADBadTagException {
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new AEADBadTagException("too short to be sealed");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION, BouncyCastle.provider());
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (BadPaddingException e) {
      throw new AEADBadTagException("tag mismatch");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed: " + e.getClass().getSimpleName(), e);
    }
  }

  static byte[] randomKeyBytes() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return key;
  }
}
