package jp.vaccinationoffice.caseserver.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every municipality key. Its id is stored beside each wrapped key, so that a
 * server started with another master key says so instead of failing on the first decryption.
 */
final class MasterKey {

  private final String id;
  private final SecretKey key;

  MasterKey(String id, SecretKey key) {
    if (id == null || id.isBlank() || id.length() > 100) {
      throw new IllegalArgumentException("a master key id has 1 to 100 characters");
    }
    if (key.getEncoded() == null || key.getEncoded().length != AesGcm.KEY_BYTES) {
      throw new IllegalArgumentException("the master key must be an AES-256 key (32 bytes)");
    }
    this.id = id;
    this.key = new SecretKeySpec(key.getEncoded(), "AES");
  }

  static MasterKey of(String id, byte[] keyBytes) {
    return new MasterKey(id, new SecretKeySpec(keyBytes, "AES"));
  }

  String id() {
    return id;
  }

  SecretKey secretKey() {
    return key;
  }

  byte[] wrap(byte[] associatedData, byte[] keyBytes) {
    return AesGcm.seal(key, associatedData, keyBytes);
  }

  /** Fails when this master key did not wrap the key, or the wrapped key or its binding was altered. */
  byte[] unwrap(byte[] associatedData, byte[] wrapped) throws AEADBadTagException {
    return AesGcm.open(key, associatedData, wrapped);
  }

  /**
   * A key check value: eight hex digits of an HMAC under the key, which tells keys apart without
   * revealing anything usable about them. The id of a master key given without one.
   */
  static String checkValue(byte[] keyBytes) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256", BouncyCastle.provider());
      mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
      byte[] digest = mac.doFinal("master key check value".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "MasterKey[" + id + "]";
  }
}
