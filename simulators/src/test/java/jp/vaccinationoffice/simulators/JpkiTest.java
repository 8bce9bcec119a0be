package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import jp.vaccinationoffice.common.jpki.KenmenData;
import org.junit.jupiter.api.Test;

class JpkiTest extends SimulatorTest {

  private static final String CHALLENGE = Base64.getUrlEncoder().withoutPadding().encodeToString(
      "a challenge of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII));

  @Test
  void aReadingCarriesTheKenmenSignedByJlisTheCardCertificateAndTheSignedChallenge() throws Exception {
    String cardId = issue(card());

    SimulatorHttp.Answer reading = http.post("/sim/jpki/cards/" + cardId + "/read", Map.of("pin", "1234", "challenge", CHALLENGE));

    assertThat(reading.status()).isEqualTo(200);
    X509Certificate authority = certificate(bytes("/sim/jpki/ca"));
    byte[] kenmen = decode(reading, "kenmen");
    assertThat(verifies(authority.getPublicKey(), kenmen, decode(reading, "kenmenSignature"))).isTrue();
    X509Certificate card = certificate(decode(reading, "cardCertificate"));
    card.verify(authority.getPublicKey());
    card.checkValidity();
    assertThat(card.getIssuerX500Principal()).isEqualTo(authority.getSubjectX500Principal());
    assertThat(((java.security.interfaces.RSAPublicKey) card.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
    assertThat(verifies(card.getPublicKey(), Base64.getUrlDecoder().decode(CHALLENGE), decode(reading, "challengeSignature"))).isTrue();
    KenmenData data = KenmenData.parse(kenmen);
    assertThat(data.myNumber().digits()).isEqualTo(TARO);
    assertThat(data.name()).isEqualTo("防府 太郎");
    assertThat(data.address()).isEqualTo("山口県防府市寿町7-1");
    assertThat(data.birthDate()).isEqualTo(LocalDate.of(1960, 4, 1));
    assertThat(data.sex()).isEqualTo("MALE");
    assertThat(data.cardCertificateSerial()).isEqualTo(card.getSerialNumber());
    assertThat(reading.text()).doesNotContain(TARO);
  }

  @Test
  void theUserAuthenticationCertificateNamesNoPerson() throws Exception {
    String cardId = issue(card());

    SimulatorHttp.Answer answer = http.post("/sim/jpki/cards/" + cardId + "/authenticate", Map.of("pin", "1234", "challenge", CHALLENGE));

    assertThat(answer.status()).isEqualTo(200);
    X509Certificate card = certificate(decode(answer, "cardCertificate"));
    assertThat(verifies(card.getPublicKey(), Base64.getUrlDecoder().decode(CHALLENGE), decode(answer, "challengeSignature"))).isTrue();
    String subject = card.getSubjectX500Principal().getName();
    assertThat(subject).contains("JPKI for user authentication").doesNotContain("太郎").doesNotContain(TARO);
    assertThat(new String(card.getEncoded(), StandardCharsets.ISO_8859_1)).doesNotContain(TARO);
    assertThat(card.getKeyUsage()[0]).isTrue();
    assertThat(card.getBasicConstraints()).isEqualTo(-1);
  }

  @Test
  void threeWrongPinsLockTheCardEvenForTheRightPin() {
    String cardId = issue(card());
    String path = "/sim/jpki/cards/" + cardId + "/read";

    SimulatorHttp.Answer first = http.post(path, Map.of("pin", "0000", "challenge", CHALLENGE));
    SimulatorHttp.Answer second = http.post(path, Map.of("pin", "1111", "challenge", CHALLENGE));
    SimulatorHttp.Answer third = http.post("/sim/jpki/cards/" + cardId + "/authenticate", Map.of("pin", "2222", "challenge", CHALLENGE));
    SimulatorHttp.Answer right = http.post(path, Map.of("pin", "1234", "challenge", CHALLENGE));

    assertProblem(first, 403, "PIN is wrong");
    assertThat(first.body().path("type").asText()).endsWith(":wrong-pin");
    assertThat(first.body().path("remainingAttempts").asInt()).isEqualTo(2);
    assertThat(second.body().path("remainingAttempts").asInt()).isEqualTo(1);
    assertProblem(third, 423, "locked");
    assertProblem(right, 423, "locked");
    assertThat(right.body().path("type").asText()).endsWith(":card-locked");
  }

  @Test
  void theRightPinResetsTheCountOfWrongOnes() {
    String cardId = issue(card());
    String path = "/sim/jpki/cards/" + cardId + "/read";

    http.post(path, Map.of("pin", "0000", "challenge", CHALLENGE));
    http.post(path, Map.of("pin", "0000", "challenge", CHALLENGE));
    assertThat(http.post(path, Map.of("pin", "1234", "challenge", CHALLENGE)).status()).isEqualTo(200);

    assertThat(http.post(path, Map.of("pin", "0000", "challenge", CHALLENGE)).body().path("remainingAttempts").asInt()).isEqualTo(2);
  }

  @Test
  void aRevokedCardIsListedInTheSignedRevocationList() throws Exception {
    String cardId = issue(card());
    String other = issue(card());
    SimulatorHttp.Answer revoked = http.post("/sim/jpki/cards/" + cardId + "/revoke", "");

    X509CRL crl = crl(bytes("/sim/jpki/crl"));

    assertThat(revoked.status()).isEqualTo(200);
    X509Certificate authority = certificate(bytes("/sim/jpki/ca"));
    crl.verify(authority.getPublicKey());
    assertThat(crl.getNextUpdate()).isAfter(new java.util.Date());
    assertThat(crl.isRevoked(cardCertificate(cardId))).isTrue();
    assertThat(crl.isRevoked(cardCertificate(other))).isFalse();
    assertThat(crl.getRevokedCertificates()).as("the revoked card's authentication and signing certificates").hasSize(2);
  }

  @Test
  void aCardCanBeMadeWithAnExpiredCertificate() throws Exception {
    Map<String, Object> card = card();
    card.put("certificateNotBefore", "2019-04-01");
    card.put("certificateNotAfter", "2024-03-31");
    String cardId = issue(card);

    X509Certificate certificate = cardCertificate(cardId);

    assertThat(certificate.getNotAfter()).isBefore(new java.util.Date());
    assertThat(certificate.getNotAfter().toInstant()).isEqualTo(java.time.Instant.parse("2024-03-31T14:59:59Z"));
  }

  @Test
  void resetForgetsTheCardsAndRevocationsButKeepsTheAuthority() throws Exception {
    String cardId = issue(card());
    http.post("/sim/jpki/cards/" + cardId + "/revoke", "");
    byte[] before = bytes("/sim/jpki/ca");

    http.post("/sim/reset", "");

    assertThat(bytes("/sim/jpki/ca")).isEqualTo(before);
    assertThat(crl(bytes("/sim/jpki/crl")).getRevokedCertificates()).isNull();
    assertProblem(http.post("/sim/jpki/cards/" + cardId + "/read", Map.of("pin", "1234", "challenge", CHALLENGE)), 404, "no card");
  }

  @Test
  void theSigningFunctionSignsWithACertificateNamingTheHolderAndLocksAfterFiveWrongPasswords() throws Exception {
    String cardId = issue(card());
    String path = "/sim/jpki/cards/" + cardId + "/sign";
    String data = Base64.getEncoder().encodeToString("申請書".getBytes(StandardCharsets.UTF_8));

    SimulatorHttp.Answer signed = http.post(path, Map.of("signingPassword", "ABC12345", "data", data));

    assertThat(signed.status()).isEqualTo(200);
    X509Certificate authority = certificate(bytes("/sim/jpki/ca"));
    X509Certificate signing = certificate(decode(signed, "signingCertificate"));
    signing.verify(authority.getPublicKey());
    assertThat(signing.getSubjectX500Principal().getName()).contains("CN=防府 太郎").contains("JPKI for digital signature");
    assertThat(signing.getKeyUsage()[1]).as("non-repudiation").isTrue();
    assertThat(verifies(signing.getPublicKey(), "申請書".getBytes(StandardCharsets.UTF_8), decode(signed, "signature"))).isTrue();
    assertThat(signing.getPublicKey()).isNotEqualTo(cardCertificate(cardId).getPublicKey());
    for (int attempt = 1; attempt <= 4; attempt++) {
      SimulatorHttp.Answer wrong = http.post(path, Map.of("signingPassword", "WRONG999", "data", data));
      assertProblem(wrong, 403, "signing password is wrong");
      assertThat(wrong.body().path("remainingAttempts").asInt()).isEqualTo(5 - attempt);
    }
    assertProblem(http.post(path, Map.of("signingPassword", "WRONG999", "data", data)), 423, "locked");
    assertProblem(http.post(path, Map.of("signingPassword", "ABC12345", "data", data)), 423, "locked");
    assertThat(http.post("/sim/jpki/cards/" + cardId + "/read", Map.of("pin", "1234", "challenge", CHALLENGE)).status())
        .as("the PIN is not locked with it").isEqualTo(200);
    http.post("/sim/jpki/cards/" + cardId + "/revoke", "");
    assertThat(crl(bytes("/sim/jpki/crl")).isRevoked(signing)).isTrue();
  }

  @Test
  void aCardIssuedWithoutASigningPasswordCannotSign() {
    Map<String, Object> card = card();
    card.remove("signingPassword");
    String cardId = issue(card);

    assertProblem(http.post("/sim/jpki/cards/" + cardId + "/sign", Map.of("signingPassword", "ABC12345", "data", "AAAA")),
        409, "without a signing certificate");
  }

  @Test
  void refusesBadCardsAndBadRequests() {
    Map<String, Object> shortPin = card();
    shortPin.put("pin", "123");
    Map<String, Object> badPassword = card();
    badPassword.put("signingPassword", "abc");
    Map<String, Object> noName = card();
    noName.remove("name");
    Map<String, Object> badNumber = card();
    badNumber.put("myNumber", "123456789012");
    String cardId = issue(card());

    assertProblem(http.post("/sim/jpki/cards", shortPin), 400, "pin must be 4 digits");
    assertProblem(http.post("/sim/jpki/cards", badPassword), 400, "signingPassword");
    assertProblem(http.post("/sim/jpki/cards", noName), 400, "name is required");
    assertProblem(http.post("/sim/jpki/cards", badNumber), 400, "check digit");
    assertProblem(http.post("/sim/jpki/cards/" + cardId + "/read", Map.of("pin", "1234", "challenge", "c2hvcnQ")), 400, "16 to 64 bytes");
    assertProblem(http.post("/sim/jpki/cards/" + cardId + "/read", Map.of("pin", "1234", "challenge", "not base64!")), 400, "base64");
    assertProblem(http.post("/sim/jpki/cards/" + cardId + "/read", Map.of("challenge", CHALLENGE)), 400, "pin is required");
  }

  private static Map<String, Object> card() {
    return new HashMap<>(Map.of("myNumber", TARO, "name", "防府 太郎", "address", "山口県防府市寿町7-1",
        "birthDate", "1960-04-01", "sex", "MALE", "pin", "1234", "signingPassword", "ABC12345"));
  }

  private String issue(Map<String, Object> card) {
    SimulatorHttp.Answer issued = http.post("/sim/jpki/cards", card);
    assertThat(issued.status()).isEqualTo(201);
    return issued.body().path("cardId").asText();
  }

  private X509Certificate cardCertificate(String cardId) throws Exception {
    SimulatorHttp.Answer answer = http.post("/sim/jpki/cards/" + cardId + "/authenticate", Map.of("pin", "1234", "challenge", CHALLENGE));
    return certificate(decode(answer, "cardCertificate"));
  }

  private byte[] bytes(String path) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pkix-");
    return response.body();
  }

  private static byte[] decode(SimulatorHttp.Answer answer, String field) {
    return Base64.getDecoder().decode(answer.body().path(field).asText());
  }

  private static X509Certificate certificate(byte[] der) throws Exception {
    return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
  }

  private static X509CRL crl(byte[] der) throws Exception {
    return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
  }

  private static boolean verifies(PublicKey key, byte[] data, byte[] signature) throws Exception {
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(key);
    verifier.update(data);
    return verifier.verify(signature);
  }
}
