package jp.vaccinationoffice.caseserver.electronicapplication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.time.LocalDate;
import java.util.List;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import jp.vaccinationoffice.simulators.jpki.JlisCertificateAuthority;
import jp.vaccinationoffice.simulators.jpki.KeyPairFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The electronic channel end to end: the kiosk and the app ask this server for a challenge, read a
 * card of the simulated J-LIS with it, and send the application. Every refusal is a problem with its
 * reason and an access-log row, and nothing is issued.
 */
@FixedPortServerTest
class ElectronicCertificateRequestsTest extends ServerOnFreePort {

  static final String PASSWORD = "demo-password-for-tests";
  /** 防府 太郎, in no ledger: a number no other test of the shared server uses. */
  static final String TARO = "41000000001" + MyNumber.checkDigit("41000000001");
  static final String HOFU_ADDRESS = "山口県防府市寿町7-1";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;
  @Autowired Ledger ledger;

  final Http http = new Http(PORT);

  @BeforeEach
  void reset() {
    assertThat(http.postJson("/sim/reset", "{}", null, null).statusCode()).isLessThan(300);
  }

  @Test
  void onlyTheChannelAccountsGetChallenges() throws Exception {
    var kiosk = http.postJson("/api/electronic-certificate-requests/challenges", "", "kiosk", PASSWORD);
    var app = http.postJson("/api/electronic-certificate-requests/challenges", "", "app", PASSWORD);

    assertThat(kiosk.statusCode()).isEqualTo(201);
    JsonNode challenge = JSON.readTree(kiosk.body());
    assertThat(Base64.getUrlDecoder().decode(challenge.path("challenge").asText())).hasSize(32);
    assertThat(Instant.parse(challenge.path("expiresAt").asText())).isBetween(Instant.now().plusSeconds(60), Instant.now().plusSeconds(121));
    assertThat(app.statusCode()).isEqualTo(201);
    assertThat(http.postJson("/api/electronic-certificate-requests/challenges", "", "clerk", PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.postJson("/api/electronic-certificate-requests/challenges", "", null, null).statusCode()).isEqualTo(401);
    assertThat(http.postJson("/api/electronic-certificate-requests", application(challenge, read(card(HOFU_ADDRESS), challenge), "DOMESTIC").toString(),
        "clerk", PASSWORD).statusCode()).isEqualTo(403);
  }

  @Test
  void theKioskGetsTheCertificateAsSmartHealthCardAndPdfAndNothingElseOfTheApplicationIsKept() throws Exception {
    String myNumber = inLedger("30000000001");
    JsonNode challenge = challenge("kiosk");

    var answer = apply("kiosk", application(challenge, read(card(holder(HOFU_ADDRESS, myNumber)), challenge), "DOMESTIC"));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    assertThat(answer.body()).doesNotContain(myNumber);
    JsonNode issued = JSON.readTree(answer.body());
    assertThat(issued.path("status").asText()).isEqualTo("ISSUED");
    String certificateId = issued.path("certificateId").asText();
    String[] jws = issued.path("smartHealthCard").path("verifiableCredential").get(0).asText().split("\\.");
    assertThat(jws).hasSize(3);
    assertThat(JSON.readTree(Base64.getUrlDecoder().decode(jws[0])).path("alg").asText()).isEqualTo("ES256");
    byte[] pdf = Base64.getDecoder().decode(issued.path("pdf").asText());
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    var record = http.get("/api/certificates/" + certificateId, "clerk", PASSWORD);
    assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT address FROM case_file WHERE id = ?", String.class, issued.path("requestId").asText()))
        .isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE action = 'READ' AND subject_type = 'ELECTRONIC_APPLICATION'"
        + " AND subject_id = ? AND user_id = 'kiosk' AND municipality_code = '352063'", Integer.class,
        challenge.path("challengeId").asText())).isEqualTo(1);
  }

  @Test
  void theAppGetsACertificateForTravelWithoutAPdf() throws Exception {
    String myNumber = inLedger("30000000002");
    JsonNode challenge = challenge("app");
    ObjectNode body = application(challenge, read(card(holder(HOFU_ADDRESS, myNumber)), challenge), "OVERSEAS");
    body.putObject("passport").put("number", "TK1234567").put("nationality", "JPN").put("familyNameRoman", "HOFU")
        .put("givenNameRoman", "TARO");

    var answer = apply("app", body);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    JsonNode issued = JSON.readTree(answer.body());
    assertThat(issued.path("status").asText()).isEqualTo("ISSUED");
    assertThat(issued.path("smartHealthCard").path("verifiableCredential")).hasSize(1);
    assertThat(issued.has("pdf")).isFalse();
    assertThat(answer.body()).doesNotContain(myNumber).doesNotContain("TK1234567");
  }

  @Test
  void aCardHolderWithoutDosesHereGetsTheStatusAndNoCertificate() throws Exception {
    JsonNode challenge = challenge("kiosk");

    var answer = apply("kiosk", application(challenge, read(card(HOFU_ADDRESS), challenge), "DOMESTIC"));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode ended = JSON.readTree(answer.body());
    assertThat(ended.path("status").asText()).isEqualTo("NO_DOSES_TO_CERTIFY");
    assertThat(ended.has("certificateId")).isFalse();
    assertThat(ended.has("smartHealthCard")).isFalse();
  }

  @Test
  void tamperedKenmenDataIsRefused() throws Exception {
    JsonNode challenge = challenge("kiosk");
    ObjectNode body = application(challenge, read(card(HOFU_ADDRESS), challenge), "DOMESTIC");
    String kenmen = new String(Base64.getDecoder().decode(body.path("kenmen").asText()), StandardCharsets.UTF_8);
    body.put("kenmen", Base64.getEncoder().encodeToString(kenmen.replace("防府 太郎", "防府 次郎").getBytes(StandardCharsets.UTF_8)));

    assertRefused(() -> apply("kiosk", body), 403, "KENMEN_SIGNATURE_INVALID", challenge, "352063");
  }

  @Test
  void kenmenDataSignedByAnotherKeyIsRefused() throws Exception {
    JsonNode challenge = challenge("kiosk");
    ObjectNode body = application(challenge, read(card(HOFU_ADDRESS), challenge), "DOMESTIC");
    byte[] kenmen = Base64.getDecoder().decode(body.path("kenmen").asText());
    body.put("kenmenSignature", Base64.getEncoder().encodeToString(new JlisCertificateAuthority("C=JP, O=Not J-LIS, CN=A forger", KeyPairFolder.named("test-forger")).sign(kenmen)));

    assertRefused(() -> apply("kiosk", body), 403, "KENMEN_SIGNATURE_INVALID", challenge, "352063");
  }

  @Test
  void aCertificateOfAnotherAuthorityIsRefused() throws Exception {
    JsonNode challenge = challenge("app");
    ObjectNode body = application(challenge, read(card(HOFU_ADDRESS), challenge), "DOMESTIC");
    JlisCertificateAuthority other = new JlisCertificateAuthority("C=JP, O=Not J-LIS, CN=Another CA",
        KeyPairFolder.named("test-other-issuer"));
    KeyPair keys = KeyPairFolder.named("test-card");
    body.put("cardCertificate", Base64.getEncoder().encodeToString(
        other.issueUserAuthenticationCertificate(keys.getPublic(), Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(9))).getEncoded()));
    body.put("challengeSignature", Base64.getEncoder().encodeToString(sign(keys, Base64.getUrlDecoder().decode(challenge.path("challenge").asText()))));

    assertRefused(() -> apply("app", body), 403, "CERTIFICATE_NOT_ISSUED_BY_JLIS", challenge, "352063");
  }

  @Test
  void anExpiredCardIsRefused() throws Exception {
    Map<String, Object> expired = holder(HOFU_ADDRESS);
    expired.put("certificateNotBefore", "2019-04-01");
    expired.put("certificateNotAfter", "2024-03-31");
    JsonNode challenge = challenge("kiosk");
    ObjectNode body = application(challenge, read(card(expired), challenge), "DOMESTIC");

    assertRefused(() -> apply("kiosk", body), 403, "CERTIFICATE_EXPIRED",
        challenge, "352063");
  }

  @Test
  void aRevokedCardIsRefused() throws Exception {
    String cardId = card(HOFU_ADDRESS);
    assertThat(http.postJson("/sim/jpki/cards/" + cardId + "/revoke", "", null, null).statusCode()).isEqualTo(200);
    JsonNode challenge = challenge("kiosk");
    ObjectNode body = application(challenge, read(cardId, challenge), "DOMESTIC");

    assertRefused(() -> apply("kiosk", body), 403, "CERTIFICATE_REVOKED",
        challenge, "352063");
  }

  @Test
  void aReplayedChallengeIsRefused() throws Exception {
    JsonNode challenge = challenge("kiosk");
    ObjectNode body = application(challenge, read(card(HOFU_ADDRESS), challenge), "DOMESTIC");
    apply("kiosk", body);

    assertRefused(() -> apply("kiosk", body), 403, "CHALLENGE_USED", challenge, "352063");
  }

  @Test
  void anExpiredChallengeIsRefused() throws Exception {
    JsonNode challenge = challenge("kiosk");
    ObjectNode body = application(challenge, read(card(HOFU_ADDRESS), challenge), "DOMESTIC");
    jdbc.update("UPDATE jpki_challenge SET expires_at = ? WHERE challenge_id = ?",
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1), challenge.path("challengeId").asText());

    assertRefused(() -> apply("kiosk", body), 403, "CHALLENGE_EXPIRED", challenge, "352063");
  }

  @Test
  void aChallengeOfTheOtherChannelIsRefused() throws Exception {
    JsonNode challenge = challenge("app");
    ObjectNode body = application(challenge, read(card(HOFU_ADDRESS), challenge), "DOMESTIC");

    assertRefused(() -> apply("kiosk", body), 403,
        "CHALLENGE_OF_ANOTHER_CHANNEL", challenge, "352063");
  }

  @Test
  void aResidentOfAMunicipalityThisServerDoesNotServeIsRefused() throws Exception {
    JsonNode challenge = challenge("kiosk");

    ObjectNode body = application(challenge, read(card("山口県山口市亀山町2-1"), challenge), "DOMESTIC");

    assertRefused(() -> apply("kiosk", body), 422, "MUNICIPALITY_NOT_SERVED", challenge, "352021");
    assertThat(refusalRows(challenge, "352063")).isEqualTo(1);
  }

  @Test
  void threeWrongPinsLockTheCardSoNoApplicationCanBeMade() throws Exception {
    String cardId = card(HOFU_ADDRESS);
    JsonNode challenge = challenge("kiosk");
    String path = "/sim/jpki/cards/" + cardId + "/read";

    var first = http.postJson(path, readBody("9999", challenge), null, null);
    var second = http.postJson(path, readBody("8888", challenge), null, null);
    var third = http.postJson(path, readBody("7777", challenge), null, null);
    var right = http.postJson(path, readBody("1234", challenge), null, null);

    assertThat(first.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(first.body()).path("remainingAttempts").asInt()).isEqualTo(2);
    assertThat(second.statusCode()).isEqualTo(403);
    assertThat(third.statusCode()).isEqualTo(423);
    assertThat(right.statusCode()).isEqualTo(423);
    assertThat(JSON.readTree(right.body()).path("type").asText()).endsWith("card-locked");
    assertThat(right.body()).doesNotContain("kenmen");
  }

  @Test
  void badInputIsRefusedBeforeTheChallengeIsUsed() throws Exception {
    JsonNode challenge = challenge("kiosk");
    ObjectNode body = application(challenge, read(card(HOFU_ADDRESS), challenge), "OVERSEAS");
    ObjectNode notBase64 = body.deepCopy().put("kenmenSignature", "***");
    ObjectNode noCertificate = body.deepCopy();
    noCertificate.remove("cardCertificate");
    ObjectNode unknownField = body.deepCopy().put("myNumber", TARO);

    assertProblem(apply("kiosk", body), 400, "passport is required");
    assertProblem(apply("kiosk", notBase64), 400, "kenmenSignature must be base64");
    assertProblem(apply("kiosk", noCertificate), 400, "cardCertificate is required");
    assertProblem(apply("kiosk", unknownField), 400, "myNumber");
    assertThat(jdbc.queryForObject("SELECT used_at FROM jpki_challenge WHERE challenge_id = ?", Object.class,
        challenge.path("challengeId").asText())).isNull();
  }

  // --- the kiosk's and the app's side

  private JsonNode challenge(String channel) throws Exception {
    var answer = http.postJson("/api/electronic-certificate-requests/challenges", "", channel, PASSWORD);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return JSON.readTree(answer.body());
  }

  static Map<String, Object> holder(String address) {
    return holder(address, TARO);
  }

  static Map<String, Object> holder(String address, String myNumber) {
    return new HashMap<>(Map.of("myNumber", myNumber, "name", "防府 太郎", "address", address, "birthDate", "1960-04-01",
        "sex", "MALE", "pin", "1234"));
  }

  private String card(String address) throws Exception {
    return card(holder(address));
  }

  private String card(Map<String, Object> holder) throws Exception {
    var issued = http.postJson("/sim/jpki/cards", JSON.writeValueAsString(holder), null, null);
    assertThat(issued.statusCode()).isEqualTo(201);
    return JSON.readTree(issued.body()).path("cardId").asText();
  }

  /** A person with two doses in 防府市's ledger; a valid number made from eleven digits. */
  private String inLedger(String elevenDigits) {
    String myNumber = elevenDigits + MyNumber.checkDigit(elevenDigits);
    ledger.addDoses("352063", new Ledger.Person(null, myNumber, "防府 太郎", "ホウフ タロウ", LocalDate.of(1960, 4, 1), "MALE"),
        List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ筋注", "FA1234", null),
            new Ledger.Dose(2, LocalDate.of(2021, 6, 22), "ファイザー", "コミナティ筋注", "FA5678", null)), "IMPORT:test");
    return myNumber;
  }

  private static String readBody(String pin, JsonNode challenge) {
    return JSON.createObjectNode().put("pin", pin).put("challenge", challenge.path("challenge").asText()).toString();
  }

  private JsonNode read(String cardId, JsonNode challenge) throws Exception {
    var reading = http.postJson("/sim/jpki/cards/" + cardId + "/read", readBody("1234", challenge), null, null);
    assertThat(reading.statusCode()).isEqualTo(200);
    return JSON.readTree(reading.body());
  }

  static ObjectNode application(JsonNode challenge, JsonNode reading, String use) {
    return JSON.createObjectNode()
        .put("challengeId", challenge.path("challengeId").asText())
        .put("kenmen", reading.path("kenmen").asText())
        .put("kenmenSignature", reading.path("kenmenSignature").asText())
        .put("cardCertificate", reading.path("cardCertificate").asText())
        .put("challengeSignature", reading.path("challengeSignature").asText())
        .put("use", use);
  }

  private java.net.http.HttpResponse<String> apply(String channel, ObjectNode body) {
    return http.postJson("/api/electronic-certificate-requests", body.toString(), channel, PASSWORD);
  }

  private static byte[] sign(KeyPair keys, byte[] data) throws Exception {
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(keys.getPrivate());
    signature.update(data);
    return signature.sign();
  }

  // --- what must hold after a refusal

  private void assertRefused(java.util.function.Supplier<java.net.http.HttpResponse<String>> call, int status, String reason,
      JsonNode challenge, String municipality) throws Exception {
    int cases = certificateCases();
    int certificates = jdbc.queryForObject("SELECT COUNT(*) FROM certificate", Integer.class);
    long processes = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("certificate-request").count();
    java.net.http.HttpResponse<String> answer = call.get();
    assertProblem(answer, status, "");
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.path("type").asText()).isEqualTo("urn:vaccination-office:problem:card-refused");
    assertThat(problem.path("reason").asText()).isEqualTo(reason);
    assertThat(refusalRows(challenge, municipality)).isEqualTo(1);
    assertThat(certificateCases()).isEqualTo(cases);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate", Integer.class)).isEqualTo(certificates);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("certificate-request").count())
        .isEqualTo(processes);
  }

  private int certificateCases() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE case_type = 'CERTIFICATE_REQUEST'", Integer.class);
  }

  private int refusalRows(JsonNode challenge, String municipality) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE action = 'REFUSE' AND subject_type = 'ELECTRONIC_APPLICATION'"
        + " AND subject_id = ? AND municipality_code = ? AND user_id IN ('kiosk', 'app')", Integer.class,
        challenge.path("challengeId").asText(), municipality);
  }

  private static void assertProblem(java.net.http.HttpResponse<String> answer, int status, String detail) throws Exception {
    assertThat(answer.statusCode()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    assertThat(JSON.readTree(answer.body()).path("detail").asText()).contains(detail);
    assertThat(answer.body()).doesNotContain(TARO);
  }
}
