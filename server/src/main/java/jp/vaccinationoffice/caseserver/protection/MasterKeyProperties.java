package jp.vaccinationoffice.caseserver.protection;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the master key comes from: {@code key} (base64 of 32 bytes, from {@code MASTER_KEY}) or a
 * PKCS#12 {@code keystore} holding an AES-256 secret key under {@code alias}. In the demo profile,
 * with neither set, a keystore is generated at {@code generatedKeystore}. The {@code new-*}
 * properties name the master key that the rotation command re-wraps every municipality key under.
 * Blank means unset.
 */
@ConfigurationProperties("protection.master-key")
record MasterKeyProperties(
    String key,
    String keyId,
    String keystore,
    String keystorePassword,
    String alias,
    String generatedKeystore,
    String newKey,
    String newKeyId,
    String newKeystore,
    String newKeystorePassword,
    String newAlias) {

  static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  @Override
  public String toString() {
    return "MasterKeyProperties[keystore=" + keystore + ", alias=" + alias + ", newKeystore=" + newKeystore
        + ", newAlias=" + newAlias + "]";
  }
}
