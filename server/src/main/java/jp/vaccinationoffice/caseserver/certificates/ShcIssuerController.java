package jp.vaccinationoffice.caseserver.certificates;

import com.nimbusds.jose.jwk.ECKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.municipality.ServedMunicipalities;
import jp.vaccinationoffice.caseserver.protection.ShcIssuerKeys;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a verifier of a SMART Health Card needs, public and open to any origin (CORS {@code *}):
 * {@code /shc/{municipality}/.well-known/jwks.json}, the issuer's public key (no private part), with
 * {@code crlVersion} once it revokes anything, and {@code /.well-known/crl/{kid}.json}, the rids
 * revoked under that key ({@code method} rid, {@code ctr} the list's version).
 */
@RestController
class ShcIssuerController {

  private final ShcIssuerKeys keys;
  private final CertificateRevocations revocations;
  private final ServedMunicipalities municipalities;

  ShcIssuerController(ShcIssuerKeys keys, CertificateRevocations revocations,
      ServedMunicipalities municipalities) {
    this.keys = keys;
    this.revocations = revocations;
    this.municipalities = municipalities;
  }

  @GetMapping(path = "/shc/{municipalityCode}/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> jwks(@PathVariable String municipalityCode) {
    served(municipalityCode);
    ECKey key = keys.publicKey(municipalityCode);
    Map<String, Object> jwk = new LinkedHashMap<>(key.toJSONObject());
    int revoked = revocations.revokedRids(municipalityCode, key.getKeyID()).size();
    if (revoked > 0) {
      jwk.put("crlVersion", revoked);
    }
    return publicAnswer(Map.of("keys", List.of(jwk)));
  }

  @GetMapping(path = "/shc/{municipalityCode}/.well-known/crl/{kid}.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> crl(@PathVariable String municipalityCode, @PathVariable String kid) {
    served(municipalityCode);
    if (!keys.kid(municipalityCode).equals(kid)) {
      throw ApiException.notFound("key");
    }
    List<String> rids = revocations.revokedRids(municipalityCode, kid);
    Map<String, Object> crl = new LinkedHashMap<>();
    crl.put("kid", kid);
    crl.put("method", "rid");
    crl.put("ctr", rids.size());
    crl.put("rids", rids);
    return publicAnswer(crl);
  }

  private void served(String municipalityCode) {
    if (!municipalities.isServed(municipalityCode)) {
      throw ApiException.notFound("issuer");
    }
  }

  private static ResponseEntity<Map<String, Object>> publicAnswer(Map<String, Object> body) {
    return ResponseEntity.ok()
        .header("Access-Control-Allow-Origin", "*")
        .cacheControl(CacheControl.noCache())
        .body(body);
  }
}
