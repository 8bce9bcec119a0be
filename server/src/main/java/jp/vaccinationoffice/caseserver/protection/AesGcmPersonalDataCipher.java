package jp.vaccinationoffice.caseserver.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import jp.vaccinationoffice.caseserver.protection.MunicipalityKeys.DataKey;
import jp.vaccinationoffice.common.MunicipalityCode;
import org.springframework.stereotype.Service;

/**
 * {@link PersonalDataCipher} with Bouncy Castle: AES-256-GCM under the municipality's data key with
 * the municipality code as associated data, so that a token moved to another municipality's record
 * does not open; HMAC-SHA-256 under the municipality's separate index key.
 *
 * <p>Tokens read {@code v1.<data key version>.<base64url(nonce || ciphertext || tag)>}; indexes are
 * the unpadded base64url of the HMAC (43 characters). Both use an alphabet in which a run of twelve
 * digits standing alone, the shape of a My Number, practically never occurs.
 */
@Service
class AesGcmPersonalDataCipher implements PersonalDataCipher {

  private static final String FORMAT = "v1";
  private static final Pattern TOKEN = Pattern.compile("v1\\.([1-9]\\d{0,8})\\.([A-Za-z0-9_-]+)");
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

  private final MunicipalityKeys keys;

  AesGcmPersonalDataCipher(MunicipalityKeys keys) {
    this.keys = keys;
  }

  @Override
  public String seal(String municipalityCode, String plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    DataKey key = keys.currentDataKey(valid(municipalityCode));
    byte[] sealed = AesGcm.seal(key.key(), associatedData(municipalityCode), plaintext.getBytes(StandardCharsets.UTF_8));
    return FORMAT + "." + key.version() + "." + BASE64URL.encodeToString(sealed);
  }

  @Override
  public String open(String municipalityCode, String token) {
    valid(municipalityCode);
    Matcher parts = token == null ? null : TOKEN.matcher(token);
    if (parts == null || !parts.matches()) {
      throw new TokenRejectedException("The value is not a sealed token (v1.<key version>.<base64url>).");
    }
    int version = Integer.parseInt(parts.group(1));
    SecretKey key = keys.dataKey(municipalityCode, version).orElseThrow(() -> new TokenRejectedException(
        "Municipality " + municipalityCode + " has no data key v" + version + ": the token was sealed elsewhere."));
    try {
      byte[] plaintext = AesGcm.open(key, associatedData(municipalityCode), BASE64URL_DECODER.decode(parts.group(2)));
      return new String(plaintext, StandardCharsets.UTF_8);
    } catch (AEADBadTagException | IllegalArgumentException e) {
      throw new TokenRejectedException("The token does not open under municipality " + municipalityCode
          + "'s data key v" + version + ": it was sealed for another municipality, or altered.");
    }
  }

  @Override
  public String index(String municipalityCode, String value) {
    Objects.requireNonNull(value, "value");
    SecretKey key = keys.indexKey(valid(municipalityCode));
    try {
      Mac mac = Mac.getInstance("HmacSHA256", BouncyCastle.provider());
      mac.init(key);
      return BASE64URL.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 failed: " + e.getClass().getSimpleName(), e);
    }
  }

  private static String valid(String municipalityCode) {
    return MunicipalityCode.parse(municipalityCode).value();
  }

  private static byte[] associatedData(String municipalityCode) {
    return municipalityCode.getBytes(StandardCharsets.US_ASCII);
  }
}
