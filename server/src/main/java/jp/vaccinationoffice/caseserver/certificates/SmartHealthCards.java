package jp.vaccinationoffice.caseserver.certificates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import jp.vaccinationoffice.caseserver.protection.ShcIssuerKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * SMART Health Cards (spec.smarthealth.cards): a verifiable credential of type health-card,
 * immunization and covid19 holding a minimal FHIR R4 bundle (one Patient, one Immunization per dose,
 * {@code resource:N} references, no ids, no narrative), minified, compressed with raw DEFLATE and
 * signed ES256 with the municipality's issuer key. {@code iss} is
 * {@code {public url}/shc/{municipality}}, where the keys and the revocation list are published.
 */
@Component
public class SmartHealthCards {

  /** One QR code of version 22 at error correction L holds a JWS of at most this many characters. */
  public static final int MAX_SINGLE_QR_JWS = 1195;
  private static final String CVX = "http://hl7.org/fhir/sid/cvx";
  private static final List<String> TYPES = List.of("https://smarthealth.cards#health-card",
      "https://smarthealth.cards#immunization", "https://smarthealth.cards#covid19");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The person as the card names them: Roman letters on a certificate for travel. */
  public record Holder(String familyName, String givenName, LocalDate birthDate) {}

  public record Dose(LocalDate vaccinatedOn, String cvxCode, String lot) {}

  /** The signed card, its revocation id and the key id it was signed with. */
  public record Card(String jws, String rid, String kid) {}

  private final ShcIssuerKeys keys;
  private final String publicUrl;
  private final ObjectMapper json = new ObjectMapper();

  SmartHealthCards(ShcIssuerKeys keys, @Value("${certificates.public-url}") String publicUrl) {
    this.keys = keys;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  public String issuer(String municipalityCode) {
    return publicUrl + "/shc/" + municipalityCode;
  }

  public Card sign(String municipalityCode, Holder holder, List<Dose> doses, String performer, Instant notBefore) {
    String rid = newRid();
    Map<String, Object> vc = new LinkedHashMap<>();
    vc.put("type", TYPES);
    vc.put("credentialSubject", Map.of("fhirVersion", "4.0.1", "fhirBundle", bundle(holder, doses, performer)));
    vc.put("rid", rid);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("iss", issuer(municipalityCode));
    payload.put("nbf", notBefore.getEpochSecond());
    payload.put("vc", vc);
    String jws = keys.signDeflated(municipalityCode, deflate(minified(payload)));
    if (jws.length() > MAX_SINGLE_QR_JWS) {
      throw new IllegalStateException("the card's JWS has " + jws.length() + " characters, more than one QR code of"
          + " version 22 holds (" + MAX_SINGLE_QR_JWS + ")");
    }
    return new Card(jws, rid, keys.kid(municipalityCode));
  }

  /** The file a card is downloaded as ({@code application/smart-health-card}). */
  public String file(String jws) {
    return minified(Map.of("verifiableCredential", List.of(jws)));
  }

  /** The {@code shc:/} URI of the QR code: every character of the JWS as two digits, its code minus 45. */
  public static String numeric(String jws) {
    StringBuilder uri = new StringBuilder("shc:/");
    for (char c : jws.toCharArray()) {
      int value = c - 45;
      uri.append(value < 10 ? "0" : "").append(value);
    }
    return uri.toString();
  }

  private static Map<String, Object> bundle(Holder holder, List<Dose> doses, String performer) {
    List<Object> entries = new ArrayList<>();
    Map<String, Object> name = new LinkedHashMap<>();
    name.put("family", holder.familyName());
    if (holder.givenName() != null && !holder.givenName().isBlank()) {
      name.put("given", List.of(holder.givenName()));
    }
    Map<String, Object> patient = new LinkedHashMap<>();
    patient.put("resourceType", "Patient");
    patient.put("name", List.of(name));
    patient.put("birthDate", holder.birthDate().toString());
    entries.add(Map.of("fullUrl", "resource:0", "resource", patient));
    for (Dose dose : doses) {
      Map<String, Object> immunization = new LinkedHashMap<>();
      immunization.put("resourceType", "Immunization");
      immunization.put("status", "completed");
      immunization.put("vaccineCode", Map.of("coding", List.of(Map.of("system", CVX, "code", dose.cvxCode()))));
      immunization.put("patient", Map.of("reference", "resource:0"));
      immunization.put("occurrenceDateTime", dose.vaccinatedOn().toString());
      immunization.put("performer", List.of(Map.of("actor", Map.of("display", performer))));
      immunization.put("lotNumber", dose.lot());
      entries.add(Map.of("fullUrl", "resource:" + entries.size(), "resource", immunization));
    }
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("resourceType", "Bundle");
    bundle.put("type", "collection");
    bundle.put("entry", entries);
    return bundle;
  }

  private String minified(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a card does not write as JSON", e);
    }
  }

  private static byte[] deflate(String payload) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(payload.getBytes(StandardCharsets.UTF_8));
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static String newRid() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
