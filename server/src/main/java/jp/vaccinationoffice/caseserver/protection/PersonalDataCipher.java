package jp.vaccinationoffice.caseserver.protection;

/**
 * Encrypts specific personal information (My Numbers above all) at rest under a data key of the
 * municipality it belongs to, and computes the keyed-hash index used to find a record by its My
 * Number without decrypting anything. Tokens are self-describing (they name the data key version),
 * so rotating the master key never requires re-encrypting stored data.
 */
public interface PersonalDataCipher {

  /** AES-256-GCM under the municipality's data key; a fresh nonce each time. */
  String seal(String municipalityCode, String plaintext);

  /** The plaintext of a token made by {@link #seal}; fails on any tampering. */
  String open(String municipalityCode, String token);

  /** HMAC-SHA-256 of the value under the municipality's index key: equal values, equal indexes. */
  String index(String municipalityCode, String value);
}
