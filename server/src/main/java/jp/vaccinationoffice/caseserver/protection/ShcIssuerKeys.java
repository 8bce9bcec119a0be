package jp.vaccinationoffice.caseserver.protection;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Each municipality's SMART Health Card issuer key (ES256 on P-256): made at start with the
 * municipality's other keys, stored wrapped by the master key, used here to sign and never handed
 * out. Only the public half leaves this class.
 */
@Component
public class ShcIssuerKeys {

  private final MunicipalityKeys keys;
  private final Map<String, ECKey> signingKeys = new ConcurrentHashMap<>();

  ShcIssuerKeys(MunicipalityKeys keys) {
    this.keys = keys;
  }

  /** The public key with its kid (RFC 7638 thumbprint), {@code use} sig and {@code alg} ES256. */
  public ECKey publicKey(String municipalityCode) {
    return signingKey(municipalityCode).toPublicJWK();
  }

  public String kid(String municipalityCode) {
    return signingKey(municipalityCode).getKeyID();
  }

  /**
   * A compact JWS over {@code deflatedPayload} (already raw-DEFLATE compressed), header
   * {@code {"alg":"ES256","zip":"DEF","kid":…}}.
   */
  public String signDeflated(String municipalityCode, byte[] deflatedPayload) {
    ECKey key = signingKey(municipalityCode);
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
        .customParam("zip", "DEF")
        .keyID(key.getKeyID())
        .build();
    JWSObject jws = new JWSObject(header, new Payload(deflatedPayload));
    try {
      jws.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("ES256 signing failed", e);
    }
    return jws.serialize();
  }

  private ECKey signingKey(String municipalityCode) {
    return signingKeys.computeIfAbsent(municipalityCode,
        code -> IssuerKeyPair.fromScalar(keys.issuerKey(code).getEncoded()));
  }
}
