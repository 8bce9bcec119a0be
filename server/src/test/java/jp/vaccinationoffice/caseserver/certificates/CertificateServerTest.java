package jp.vaccinationoffice.caseserver.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfText;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import jp.vaccinationoffice.caseserver.suspensions.Measure;
import jp.vaccinationoffice.caseserver.suspensions.ProcessingRestrictions;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Vaccination certificates end to end through the real engine, workers and simulated VRS: every
 * path of {@code certificate-request}, the API, and each certificate checked independently of the
 * signing code (PDF page rendered, QR read back, signature verified against the JWKS over HTTP,
 * FHIR content compared with the ledger).
 */
@FixedPortServerTest
class CertificateServerTest extends ServerOnFreePort {

  static final String PASSWORD = "demo-password-for-tests";
  static final String HOFU = "352063";
  static final String UBE = "352021";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger PERSONS = new AtomicInteger();

  @Autowired JdbcTemplate jdbc;
  @Autowired Ledger ledger;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired CertificateIntake intake;
  @Autowired IssuedCertificates issued;
  @Autowired CertificateRevocations revocations;
  @Autowired ProcessingRestrictions restrictions;
  @Autowired PersonalDataCipher cipher;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(PORT);
  }

  @Test
  void atTheCounterADomesticCertificateIsIssuedThatAnyoneCanVerify() throws Exception {
    String myNumber = newMyNumber();
    inLedger(myNumber, "IMPORT:test", dose(1, "2021-06-01", "FA1234"), dose(2, "2021-06-22", "FA5678"));

    HttpResponse<String> first = http.postJson("/api/certificate-requests", counterDomestic(myNumber), "clerk", PASSWORD,
        "Idempotency-Key", "cert-" + myNumber);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode receipt = read(first.body());
    String requestId = receipt.get("requestId").asText();
    assertThat(receipt.get("status").asText()).isEqualTo("RECEIVED");
    HttpResponse<String> again = http.postJson("/api/certificate-requests", counterDomestic(myNumber), "clerk", PASSWORD,
        "Idempotency-Key", "cert-" + myNumber);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(read(again.body()).get("requestId").asText()).isEqualTo(requestId);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");

    completeTask(requestId, "verify-applicant", verified("NOT_APPLICABLE"));
    awaitStatus(requestId, "ISSUED");
    assertThat(activities(requestId)).containsExactly("certificate-requested", "applicant-verified-by",
        "verify-applicant", "decide-applicant-verified", "applicant-verified", "look-up-doses", "find-doses",
        "decide-jurisdiction", "doses-to-certify", "code-next-dose", "take-next-dose", "dose-left",
        "decide-vaccine-code", "record-vaccine-code", "code-next-dose", "take-next-dose", "dose-left",
        "issue-certificate", "sent-by-mail", "case-issued");

    JsonNode request = getJson("/api/certificate-requests/" + requestId, "clerk");
    assertThat(request.get("status").asText()).isEqualTo("ISSUED");
    assertThat(request.get("myNumber").asText()).isEqualTo("********" + myNumber.substring(8));
    assertThat(request.toString()).doesNotContain(myNumber);
    assertThat(request.get("doses")).hasSize(2);
    assertThat(request.get("decisions")).extracting(d -> d.get("decisionId").asText())
        .containsExactly("identity-verification", "certificate-jurisdiction", "vaccine-code");
    String certificateId = request.get("certificates").get(0).get("certificateId").asText();
    assertThat(certificateId).matches("352063-\\d{4}-\\d{6}");

    JsonNode certificate = getJson("/api/certificates/" + certificateId, "auditor");
    assertThat(certificate.get("status").asText()).isEqualTo("ISSUED");
    assertThat(certificate.get("use").asText()).isEqualTo("DOMESTIC");
    assertThat(certificate.get("doses")).extracting(d -> d.get("cvxCode").asText()).containsExactly("208", "208");

    byte[] pdf = getBytes("/api/certificates/" + certificateId + "/pdf", "clerk", "application/pdf");
    String text = PdfText.of(pdf);
    assertThat(text).contains("新型コロナウイルス感染症予防接種証明書", "国内用", "山田", "証明書ID", certificateId,
        "発行年月日", "防府市長", "1回目", "2回目", "2021年6月1日", "コミナティ筋注", "ファイザー", "FA1234", "FA5678")
        .doesNotContain("Vaccination Certificate");
    IndependentCertificateCheck.Verified card = IndependentCertificateCheck.ofPdf(pdf);
    assertMatchesLedger(card, myNumber, "山田", List.of("花子"));
    assertThat(card.qrWidthMm()).isGreaterThanOrEqualTo(30);
    assertThat(card.qrVersion()).isLessThanOrEqualTo(22);
    assertThat(card.payload().path("iss").asText()).isEqualTo("http://localhost:" + PORT + "/shc/352063");

    HttpResponse<String> shc = http.get("/api/certificates/" + certificateId + "/smart-health-card", "clerk", PASSWORD);
    assertThat(shc.statusCode()).isEqualTo(200);
    assertThat(shc.headers().firstValue("Content-Type").orElse("")).startsWith("application/smart-health-card");
    assertThat(read(shc.body()).get("verifiableCredential").get(0).asText()).isEqualTo(card.jws());

    assertThat(jdbc.queryForList("SELECT action || ' ' || subject_type || ' ' || user_id FROM access_log"
        + " WHERE subject_id IN (?, ?)", String.class, requestId, certificateId))
        .contains("CREATE CERTIFICATE_REQUEST clerk", "READ CERTIFICATE_REQUEST clerk", "CREATE CERTIFICATE system",
            "READ CERTIFICATE auditor", "EXPORT CERTIFICATE clerk");

    assertThat(http.get("/api/certificate-requests/" + requestId, "clerk2", PASSWORD).statusCode()).isEqualTo(404);
    assertThat(http.get("/api/certificates/" + certificateId, "clerk2", PASSWORD).statusCode()).isEqualTo(404);
    assertThat(http.get("/api/certificates/" + certificateId + "/pdf", "clerk2", PASSWORD).statusCode()).isEqualTo(404);
    assertThat(http.get("/api/certificates/" + certificateId + "/smart-health-card", "clerk2", PASSWORD).statusCode())
        .isEqualTo(404);
    assertThat(http.postJson("/api/certificate-requests", counterDomestic(myNumber), "supervisor", PASSWORD)
        .statusCode()).isEqualTo(403);
  }

  @Test
  void byMailACertificateForTravelIsPostedInJapaneseAndEnglishFromVrsRecords() throws Exception {
    String myNumber = newMyNumber();
    inVrs(HOFU, myNumber,
        "{\"doseNumber\":1,\"date\":\"2022-10-20\",\"manufacturer\":\"モデルナ\","
            + "\"product\":\"スパイクバックス筋注（2価：起源株/オミクロン株BA.4-5）\",\"lot\":\"MB0001\"}",
        "{\"doseNumber\":2,\"date\":\"2023-10-02\",\"manufacturer\":\"ファイザー\","
            + "\"product\":\"コミナティ筋注シリンジ12歳以上用（1価：オミクロン株XBB.1.5）\",\"lot\":\"XB0002\"}");

    String requestId = submit(mailOverseas(myNumber));
    completeTask(requestId, "verify-applicant", verified("MATCHES"));
    String taskId = awaitTask(requestId, "mail-certificate");
    awaitStatus(requestId, "ISSUED");
    HttpResponse<String> posted = http.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"mailMethod\":{\"value\":\"SIMPLE_REGISTERED\"},\"trackingNumber\":{\"value\":\"1234-5678-9012\"}}}",
        "clerk", PASSWORD);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(204);
    awaitStatus(requestId, "MAILED");
    assertThat(activities(requestId)).endsWith("issue-certificate", "sent-by-mail", "mail-certificate", "case-mailed");

    JsonNode request = getJson("/api/certificate-requests/" + requestId, "clerk");
    assertThat(request.get("doses")).allSatisfy(d -> assertThat(d.get("foundIn").asText()).isEqualTo("VRS"));
    assertThat(request.get("passportNumber").asText()).isEqualTo("*******67");
    assertThat(request.toString()).doesNotContain("TK1234567");
    String certificateId = request.get("certificates").get(0).get("certificateId").asText();
    JsonNode certificate = getJson("/api/certificates/" + certificateId, "clerk");
    assertThat(certificate.get("status").asText()).isEqualTo("MAILED");
    assertThat(certificate.get("passportNumber").asText()).isEqualTo("*******67");
    assertThat(certificate.get("doses")).extracting(d -> d.get("cvxCode").asText()).containsExactly("229", "309");
    assertThat(jdbc.queryForObject("SELECT passport_number_sealed FROM certificate WHERE id = ?", String.class,
        certificateId)).doesNotContain("TK1234567");

    byte[] pdf = getBytes("/api/certificates/" + certificateId + "/pdf", "clerk", "application/pdf");
    assertThat(PdfText.of(pdf)).contains("海外用", "Vaccination Certificate for COVID-19", "YAMADA HANAKO", "JPN",
        "TK1234567", "Passport No.", "Date of birth", "1 Apr 1980", "2022-10-20", "Certificate", "Moderna", "Pfizer/BioNTech");
    IndependentCertificateCheck.Verified card = IndependentCertificateCheck.ofPdf(pdf);
    assertThat(card.qrWidthMm()).isGreaterThanOrEqualTo(30);
    JsonNode name = card.patient().path("name").get(0);
    assertThat(name.path("family").asText()).isEqualTo("YAMADA");
    assertThat(name.path("given").get(0).asText()).isEqualTo("HANAKO");
    assertThat(card.immunizations()).extracting(i -> i.path("vaccineCode").path("coding").get(0).path("code").asText())
        .containsExactly("229", "309");
    assertThat(card.immunizations()).extracting(i -> i.path("lotNumber").asText()).containsExactly("MB0001", "XB0002");
  }

  @Test
  void onlyTheDosesGivenHereAreCertifiedAndTheRestNamesWhereToApply() throws Exception {
    String myNumber = newMyNumber();
    inLedger(myNumber, "MOVE_IN:352021", dose(1, "2021-07-01", "UB0001"), dose(2, "2021-07-22", "UB0002"));
    inLedger(myNumber, "IMPORT:test", dose(3, "2022-02-10", "HF0003"));

    String requestId = submit(counterDomestic(myNumber));
    completeTask(requestId, "verify-applicant", verified("NOT_APPLICABLE"));
    awaitStatus(requestId, "ISSUED");

    JsonNode request = getJson("/api/certificate-requests/" + requestId, "clerk");
    assertThat(request.get("applyToMunicipalityCode").asText()).isEqualTo(UBE);
    assertThat(request.get("doses")).extracting(d -> d.get("givenIn").asText()).containsExactly(UBE, UBE, HOFU);
    String certificateId = request.get("certificates").get(0).get("certificateId").asText();
    IndependentCertificateCheck.Verified card = IndependentCertificateCheck.ofPdf(
        getBytes("/api/certificates/" + certificateId + "/pdf", "clerk", "application/pdf"));
    assertThat(card.immunizations()).singleElement().satisfies(immunization -> {
      assertThat(immunization.path("lotNumber").asText()).isEqualTo("HF0003");
      assertThat(immunization.path("occurrenceDateTime").asText()).isEqualTo("2022-02-10");
    });
  }

  @Test
  void withNoDoseGivenHereTheRequestEndsWithANoticeWhereToApply() {
    String myNumber = newMyNumber();
    inLedger(myNumber, "MOVE_IN:352021", dose(1, "2021-07-01", "UB0001"));

    String requestId = submit(counterDomestic(myNumber));
    completeTask(requestId, "verify-applicant", verified("NOT_APPLICABLE"));
    awaitStatus(requestId, "NO_DOSES_TO_CERTIFY");

    assertThat(activities(requestId)).endsWith("find-doses", "decide-jurisdiction", "doses-to-certify",
        "record-no-doses-notice", "case-no-doses-to-certify");
    JsonNode request = getJson("/api/certificate-requests/" + requestId, "clerk");
    assertThat(request.get("certificates")).isEmpty();
    assertThat(request.get("notices").get(0).get("text").asText()).contains("宇部市", UBE);
  }

  @Test
  void aPersonNeitherLedgerNorVrsKnowsGetsTheNoticeToo() {
    String requestId = submit(counterDomestic(newMyNumber()));
    completeTask(requestId, "verify-applicant", verified("NOT_APPLICABLE"));
    awaitStatus(requestId, "NO_DOSES_TO_CERTIFY");
    assertThat(getJson("/api/certificate-requests/" + requestId, "clerk").get("notices").get(0).get("text").asText())
        .contains("接種の記録が見つからない");
  }

  @Test
  void anApplicantWhoseDocumentsOrPassportDoNotHoldIsNotVerified() {
    String missingDocuments = submit(counterDomestic(newMyNumber()));
    completeTask(missingDocuments, "verify-applicant",
        "{\"numberDocument\":{\"value\":\"NOTIFICATION_CARD\"},\"identityDocument\":{\"value\":\"NONE\"},"
            + "\"passportCheck\":{\"value\":\"NOT_APPLICABLE\"}}");
    awaitStatus(missingDocuments, "APPLICANT_NOT_VERIFIED");
    assertThat(activities(missingDocuments)).endsWith("applicant-verified", "case-applicant-not-verified");

    String otherPassport = submit(mailOverseas(newMyNumber()));
    completeTask(otherPassport, "verify-applicant", verified("DIFFERS"));
    awaitStatus(otherPassport, "APPLICANT_NOT_VERIFIED");
  }

  @Test
  void theKioskGetsItsCertificateWithoutAClerk() throws Exception {
    String myNumber = newMyNumber();
    inLedger(myNumber, "IMPORT:test", dose(1, "2021-06-01", "FA1234"), dose(2, "2021-06-22", "FA5678"));

    ElectronicCertificateReceipt receipt = intake.applyElectronically(HOFU, new ElectronicApplication(
        CertificateChannel.KIOSK, myNumber, "山田　花子", "山口県防府市寿町7-1", LocalDate.of(1980, 4, 1), "FEMALE",
        CertificateUse.DOMESTIC, null));

    assertThat(receipt.status()).isEqualTo("ISSUED");
    assertThat(receipt.certificateId()).isNotNull();
    assertThat(activities(receipt.requestId())).startsWith("certificate-requested", "applicant-verified-by",
        "look-up-doses", "find-doses").doesNotContain("verify-applicant");
    assertThat(jdbc.queryForObject("SELECT address FROM case_file WHERE id = ?", String.class, receipt.requestId()))
        .isEmpty();
    IndependentCertificateCheck.Verified fromPdf = IndependentCertificateCheck.ofPdf(
        issued.pdf(HOFU, receipt.certificateId()));
    assertMatchesLedger(fromPdf, myNumber, "山田", List.of("花子"));
    String file = issued.smartHealthCard(HOFU, receipt.certificateId());
    assertThat(read(file).get("verifiableCredential").get(0).asText()).isEqualTo(fromPdf.jws());
  }

  @Test
  void theAppGetsACertificateForTravelAndAnApplicationThatDoesNotHoldChangesNothing() throws Exception {
    String myNumber = newMyNumber();
    inLedger(myNumber, "IMPORT:test", dose(1, "2021-06-01", "FA1234"));
    ElectronicCertificateReceipt receipt = intake.applyElectronically(HOFU, new ElectronicApplication(
        CertificateChannel.APP, myNumber, "山田 花子", "山口県防府市寿町7-1", LocalDate.of(1980, 4, 1), "FEMALE",
        CertificateUse.OVERSEAS, new Passport("tk1234567", "jpn", "Yamada", "Hanako", null)));
    assertThat(receipt.status()).isEqualTo("ISSUED");
    IndependentCertificateCheck.Verified card = IndependentCertificateCheck.ofPdf(
        issued.pdf(HOFU, receipt.certificateId()));
    assertThat(card.patient().path("name").get(0).path("family").asText()).isEqualTo("YAMADA");
    assertThat(PdfText.of(issued.pdf(HOFU, receipt.certificateId()))).contains("TK1234567", "JPN", "海外用");

    int cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class);
    ElectronicApplication counter = new ElectronicApplication(CertificateChannel.COUNTER, myNumber, "山田 花子", null,
        LocalDate.of(1980, 4, 1), "FEMALE", CertificateUse.DOMESTIC, null);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> intake.applyElectronically(HOFU, counter)))
        .hasMessageContaining("channel must be KIOSK or APP");
    ElectronicApplication noPassport = new ElectronicApplication(CertificateChannel.KIOSK, myNumber, "山田 花子", null,
        LocalDate.of(1980, 4, 1), "FEMALE", CertificateUse.OVERSEAS, null);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> intake.applyElectronically(HOFU, noPassport)))
        .hasMessageContaining("passport is required").hasMessageNotContaining(myNumber);
    ElectronicApplication elsewhere = new ElectronicApplication(CertificateChannel.KIOSK, myNumber, "山田 花子", null,
        LocalDate.of(1980, 4, 1), "FEMALE", CertificateUse.DOMESTIC, null);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> intake.applyElectronically("131016", elsewhere)))
        .hasMessageContaining("serves");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class)).isEqualTo(cases);
  }

  @Test
  void aReissuedCertificateSupersedesTheOldOneWhoseCardIsRevoked() throws Exception {
    String certificateId = issuedCounterCertificate();
    String oldRid = rid(certificateId);

    HttpResponse<String> reissue = http.postJson("/api/certificates/" + certificateId + "/reissue",
        reissue("LOST", "NOTIFICATION_CARD", "DRIVERS_LICENSE", null), "clerk", PASSWORD);
    assertThat(reissue.statusCode()).as(reissue.body()).isEqualTo(201);
    String newId = read(reissue.body()).get("certificateId").asText();
    assertThat(newId).isNotEqualTo(certificateId);
    assertThat(jdbc.queryForMap("SELECT applicant_number_document, applicant_identity_document, applicant_passport_check,"
        + " identity_decision FROM certificate WHERE id = ?", newId)).containsValues("NOTIFICATION_CARD",
        "DRIVERS_LICENSE", "NOT_APPLICABLE").hasEntrySatisfying("identity_decision",
        decision -> assertThat(decision.toString()).matches("identity-verification:\\d+"));

    JsonNode old = getJson("/api/certificates/" + certificateId, "clerk");
    assertThat(old.get("status").asText()).isEqualTo("SUPERSEDED");
    assertThat(old.get("supersededBy").asText()).isEqualTo(newId);
    assertThat(getJson("/api/certificates/" + newId, "clerk").get("status").asText()).isEqualTo("ISSUED");
    assertRevoked(oldRid);
    assertThat(rid(newId)).isNotEqualTo(oldRid);
    IndependentCertificateCheck.ofPdf(getBytes("/api/certificates/" + newId + "/pdf", "clerk", "application/pdf"));

    assertThat(http.postJson("/api/certificates/" + certificateId + "/reissue", "{\"reason\":\"LOST\"}", "clerk",
        PASSWORD).statusCode()).isEqualTo(409);
    assertThat(http.postJson("/api/certificates/" + newId + "/reissue", "{\"reason\":\"FORGOTTEN\"}", "clerk",
        PASSWORD).statusCode()).isEqualTo(400);
    assertThat(http.postJson("/api/certificates/" + newId + "/reissue", "{\"reason\":\"LOST\"}", "clerk2",
        PASSWORD).statusCode()).isEqualTo(404);
  }

  @Test
  void aReissueAtTheCounterNeedsTheApplicantVerifiedAgain() throws Exception {
    String certificateId = issuedCounterCertificate();
    String path = "/api/certificates/" + certificateId + "/reissue";
    int certificates = jdbc.queryForObject("SELECT COUNT(*) FROM certificate", Integer.class);

    HttpResponse<String> unchecked = http.postJson(path, "{\"reason\":\"LOST\"}", "clerk", PASSWORD);
    HttpResponse<String> notANumberDocument = http.postJson(path, reissue("LOST", "HEALTH_INSURANCE_CARD",
        "DRIVERS_LICENSE", null), "clerk", PASSWORD);
    HttpResponse<String> noPhotoId = http.postJson(path, reissue("DAMAGED", "NOTIFICATION_CARD", "NONE", null), "clerk",
        PASSWORD);
    HttpResponse<String> passportOnADomesticOne = http.postJson(path, reissue("LOST", "MY_NUMBER_CARD",
        "MY_NUMBER_CARD", "MATCHES"), "clerk", PASSWORD);

    assertThat(unchecked.statusCode()).isEqualTo(400);
    assertThat(read(unchecked.body()).get("detail").asText()).contains("identityCheck is required", "番号法第16条");
    assertThat(notANumberDocument.statusCode()).isEqualTo(400);
    assertThat(read(notANumberDocument.body()).get("detail").asText()).contains("identityCheck.numberDocument");
    assertThat(noPhotoId.statusCode()).isEqualTo(422);
    assertThat(read(noPhotoId.body()).get("detail").asText()).contains("本人確認ができないため再交付できません");
    assertThat(read(noPhotoId.body()).get("reason").asText()).isEqualTo("NO_IDENTITY_DOCUMENT");
    assertThat(passportOnADomesticOne.statusCode()).isEqualTo(400);
    assertThat(getJson("/api/certificates/" + certificateId, "clerk").get("status").asText()).isEqualTo("ISSUED");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate", Integer.class)).isEqualTo(certificates);
  }

  @Test
  void aReissueOfACertificateForTravelComparesThePassportShown() throws Exception {
    String myNumber = newMyNumber();
    inLedger(myNumber, "IMPORT:test", dose(1, "2021-06-01", "FA1234"));
    String certificateId = intake.applyElectronically(HOFU, new ElectronicApplication(CertificateChannel.APP, myNumber,
        "山田 花子", "山口県防府市寿町7-1", LocalDate.of(1980, 4, 1), "FEMALE", CertificateUse.OVERSEAS,
        new Passport("TK1234567", "JPN", "Yamada", "Hanako", null))).certificateId();
    String path = "/api/certificates/" + certificateId + "/reissue";

    HttpResponse<String> notCompared = http.postJson(path, reissue("LOST", "MY_NUMBER_CARD", "MY_NUMBER_CARD", null),
        "clerk", PASSWORD);
    HttpResponse<String> differs = http.postJson(path, reissue("LOST", "MY_NUMBER_CARD", "PASSPORT", "DIFFERS"),
        "clerk", PASSWORD);
    assertThat(notCompared.statusCode()).isEqualTo(400);
    assertThat(read(notCompared.body()).get("detail").asText()).contains("identityCheck.passportCheck");
    assertThat(differs.statusCode()).isEqualTo(422);
    assertThat(read(differs.body()).get("reason").asText()).isEqualTo("PASSPORT_DIFFERS");
    assertThat(getJson("/api/certificates/" + certificateId, "clerk").get("status").asText()).isEqualTo("ISSUED");

    HttpResponse<String> newPassport = http.postJson(path, """
        {"reason":"DETAILS_CHANGED","passport":{"number":"TR7654321","nationality":"JPN","familyNameRoman":"YAMADA",
         "givenNameRoman":"HANAKO"},"identityCheck":{"numberDocument":"MY_NUMBER_CARD","identityDocument":"PASSPORT",
         "passportCheck":"MATCHES"}}""", "clerk", PASSWORD);
    assertThat(newPassport.statusCode()).as(newPassport.body()).isEqualTo(201);
    String newId = read(newPassport.body()).get("certificateId").asText();
    assertThat(jdbc.queryForObject("SELECT applicant_passport_check FROM certificate WHERE id = ?", String.class, newId))
        .isEqualTo("MATCHES");
    assertThat(PdfText.of(issued.pdf(HOFU, newId))).contains("TR7654321");
  }

  @Test
  void aCertificateWhoseDoseIsCorrectedIsRevoked() throws Exception {
    String certificateId = issuedCounterCertificate();
    Long doseId = jdbc.queryForObject("SELECT ledger_dose_id FROM certificate_dose WHERE certificate_id = ?"
        + " AND dose_number = 1", Long.class, certificateId);

    assertThat(revocations.revokeForDoses(HOFU, List.of(doseId), "dose 1 corrected")).containsExactly(certificateId);
    assertThat(revocations.revokeForDoses(HOFU, List.of(doseId), "dose 1 corrected")).isEmpty();
    assertThat(revocations.revokeForDoses(UBE, List.of(doseId), "another municipality")).isEmpty();

    JsonNode certificate = getJson("/api/certificates/" + certificateId, "clerk");
    assertThat(certificate.get("status").asText()).isEqualTo("REVOKED");
    assertThat(getJson("/api/certificate-requests/" + certificate.get("requestId").asText(), "clerk")
        .get("status").asText()).isEqualTo("REVOKED");
    assertRevoked(rid(certificateId));
    assertThat(http.postJson("/api/certificates/" + certificateId + "/reissue", "{\"reason\":\"LOST\"}", "clerk",
        PASSWORD).statusCode()).isEqualTo(409);
  }

  @Test
  void anUnknownVaccineProductStopsWithAnIncidentInsteadOfAGuess() {
    String myNumber = newMyNumber();
    ledger.addDoses(HOFU, new Ledger.Person(null, myNumber, "山田 花子", "ヤマダ ハナコ", LocalDate.of(1980, 4, 1),
        "FEMALE"), List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ筋注6ヵ月～4歳用",
        "PD0001", null)), "IMPORT:test");

    String requestId = submit(counterDomestic(myNumber));
    completeTask(requestId, "verify-applicant", verified("NOT_APPLICABLE"));
    String processInstanceId = jdbc.queryForObject("SELECT process_instance_id FROM case_file WHERE id = ?",
        String.class, requestId);
    Incident incident = await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createIncidentQuery()
        .processInstanceId(processInstanceId).singleResult(), found -> found != null);
    assertThat(incident.getActivityId()).isEqualTo("record-vaccine-code");
    assertThat(incident.getIncidentMessage()).contains("コミナティ筋注6ヵ月～4歳用", "vaccine-code");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate WHERE case_id = ?", Integer.class, requestId))
        .isZero();
    runtimeService.deleteProcessInstance(processInstanceId, "test cleanup");
  }

  @Test
  void theIssuerPublishesOnlyPublicKeysToAnyOrigin() throws Exception {
    HttpResponse<String> jwks = http.get("/shc/352063/.well-known/jwks.json");
    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(jwks.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    JsonNode key = read(jwks.body()).get("keys").get(0);
    assertThat(key.get("kty").asText()).isEqualTo("EC");
    assertThat(key.get("crv").asText()).isEqualTo("P-256");
    assertThat(key.get("alg").asText()).isEqualTo("ES256");
    assertThat(key.get("use").asText()).isEqualTo("sig");
    assertThat(key.has("d")).isFalse();
    HttpResponse<String> ube = http.get("/shc/352021/.well-known/jwks.json");
    assertThat(read(ube.body()).get("keys").get(0).get("kid").asText()).isNotEqualTo(key.get("kid").asText());
    assertThat(http.get("/shc/999997/.well-known/jwks.json").statusCode()).isEqualTo(404);
    assertThat(http.get("/shc/352063/.well-known/crl/not-our-key.json").statusCode()).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Japanese passport number   | \"number\":\"TK1234567\" | \"number\":\"TK12345\" | passport.number",
      "other passport number      | \"number\":\"TK1234567\",\"nationality\":\"JPN\" | \"number\":\"AB12\",\"nationality\":\"USA\" | passport.number",
      "nationality not alpha-3    | \"nationality\":\"JPN\" | \"nationality\":\"JP\" | passport.nationality",
      "nationality of no country  | \"nationality\":\"JPN\" | \"nationality\":\"XYZ\" | passport.nationality",
      "Roman name with a digit    | \"familyNameRoman\":\"yamada\" | \"familyNameRoman\":\"YAMADA2\" | passport.familyNameRoman",
      "Roman name in kana         | \"givenNameRoman\":\"hanako\" | \"givenNameRoman\":\"ハナコ\" | passport.givenNameRoman",
      "mail without address       | \"address\":\"山口県防府市寿町7-1\"}} | \"address\":\" \"}} | mailTo.address",
      "mail without mailTo        | ,\"mailTo\":{ | ,\"unusedMailTo\":{ | unusedMailTo",
      "wrong My Number check digit | \"myNumber\":\"MY_NUMBER\" | \"myNumber\":\"123456789012\" | check digit",
      "unknown channel            | \"channel\":\"MAIL\" | \"channel\":\"FAX\" | channel",
      "kiosk through the clerk API | \"channel\":\"MAIL\" | \"channel\":\"KIOSK\" | channel"
  })
  void badInputIsRefusedNamingTheFieldAndStoresNothing(String name, String from, String to, String field) {
    int cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class);
    String myNumber = newMyNumber();
    String body = mailOverseas(myNumber).replace(myNumber, "MY_NUMBER");
    String bad = body.replace(from, to).replace("MY_NUMBER", myNumber);
    assertThat(bad).as("the case changes the body").isNotEqualTo(body.replace("MY_NUMBER", myNumber));

    HttpResponse<String> refused = http.postJson("/api/certificate-requests", bad, "clerk", PASSWORD);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(refused.body()).contains(field).doesNotContain(myNumber);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class)).isEqualTo(cases);
  }

  @Test
  void aPersonWhoseUseWasStoppedGetsNoCertificateAtTheCounterOrTheKiosk() {
    String myNumber = newMyNumber();
    inLedger(myNumber, "IMPORT:test", dose(1, "2021-06-01", "FA1234"));
    restrictions.apply(HOFU, cipher.index(HOFU, myNumber), Measure.STOP_USE, "request-stop-use", "stop-use:" + myNumber);
    int casesBefore = jdbc.queryForObject("SELECT count(*) FROM case_file", Integer.class);

    HttpResponse<String> refused = http.postJson("/api/certificate-requests", counterDomestic(myNumber), "clerk",
        PASSWORD);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("\"restriction\":\"STOP_USE\"").doesNotContain(myNumber);
    assertThatThrownBy(() -> intake.applyElectronically(HOFU, new ElectronicApplication(CertificateChannel.KIOSK,
        myNumber, "防府 太郎", "山口県防府市寿町7番1号", LocalDate.of(1970, 1, 1), "MALE", CertificateUse.DOMESTIC, null)))
        .isInstanceOf(ApiException.class).hasMessageContaining("stopped");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM case_file", Integer.class)).isEqualTo(casesBefore);
  }

  @Test
  void aRequestByMailWithoutAnAddressIsRefused() {
    String noMailTo = mailOverseas(newMyNumber()).replaceAll(",\"mailTo\":\\{[^}]*}", "");
    HttpResponse<String> refused = http.postJson("/api/certificate-requests", noMailTo, "clerk", PASSWORD);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("mailTo is required");
  }

  @Test
  void anOverseasRequestWithoutPassportAndADomesticOneWithPassportAreRefused() {
    String noPassport = mailOverseas(newMyNumber()).replaceAll(",\"passport\":\\{[^}]*}", "");
    HttpResponse<String> refused = http.postJson("/api/certificate-requests", noPassport, "clerk", PASSWORD);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("passport is required");

    String domesticWithPassport = mailOverseas(newMyNumber()).replace("\"use\":\"OVERSEAS\"", "\"use\":\"DOMESTIC\"");
    HttpResponse<String> alsoRefused = http.postJson("/api/certificate-requests", domesticWithPassport, "clerk",
        PASSWORD);
    assertThat(alsoRefused.statusCode()).isEqualTo(400);
    assertThat(alsoRefused.body()).contains("passport is only given");
  }

  // --- the scenario

  private String issuedCounterCertificate() {
    String myNumber = newMyNumber();
    inLedger(myNumber, "IMPORT:test", dose(1, "2021-06-01", "FA1234"), dose(2, "2021-06-22", "FA5678"));
    String requestId = submit(counterDomestic(myNumber));
    completeTask(requestId, "verify-applicant", verified("NOT_APPLICABLE"));
    awaitStatus(requestId, "ISSUED");
    return jdbc.queryForObject("SELECT id FROM certificate WHERE case_id = ?", String.class, requestId);
  }

  private void assertMatchesLedger(IndependentCertificateCheck.Verified card, String myNumber, String family,
      List<String> given) {
    JsonNode patient = card.patient();
    assertThat(patient.path("resourceType").asText()).isEqualTo("Patient");
    assertThat(patient.path("name").get(0).path("family").asText()).isEqualTo(family);
    List<String> givenNames = new ArrayList<>();
    patient.path("name").get(0).path("given").forEach(g -> givenNames.add(g.asText()));
    assertThat(givenNames).isEqualTo(given);
    assertThat(patient.path("birthDate").asText()).isEqualTo("1980-04-01");
    JsonNode vc = card.payload().path("vc");
    assertThat(vc.path("type").toString()).isEqualTo("[\"https://smarthealth.cards#health-card\","
        + "\"https://smarthealth.cards#immunization\",\"https://smarthealth.cards#covid19\"]");
    assertThat(vc.path("credentialSubject").path("fhirVersion").asText()).isEqualTo("4.0.1");
    assertThat(vc.path("rid").asText()).matches("[A-Za-z0-9_-]{1,24}");
    assertThat(card.payload().path("nbf").isNumber()).isTrue();
    assertThat(card.bundle().path("entry").get(0).path("fullUrl").asText()).isEqualTo("resource:0");
    List<java.util.Map<String, Object>> ledgerDoses = jdbc.queryForList("""
        SELECT d.vaccinated_on, d.lot FROM ledger_dose d JOIN ledger_person p ON p.id = d.person_id
        WHERE p.municipality_code = ? AND p.my_number_index = (SELECT my_number_index FROM case_file
            WHERE case_type = 'CERTIFICATE_REQUEST' AND municipality_code = ? ORDER BY created_at DESC LIMIT 1)
        ORDER BY d.dose_number""", HOFU, HOFU);
    assertThat(card.immunizations()).hasSize(ledgerDoses.size());
    for (int i = 0; i < ledgerDoses.size(); i++) {
      JsonNode immunization = card.immunizations().get(i);
      assertThat(immunization.path("status").asText()).isEqualTo("completed");
      assertThat(immunization.path("patient").path("reference").asText()).isEqualTo("resource:0");
      assertThat(immunization.path("vaccineCode").path("coding").get(0).path("system").asText())
          .isEqualTo("http://hl7.org/fhir/sid/cvx");
      assertThat(immunization.path("occurrenceDateTime").asText())
          .isEqualTo(ledgerDoses.get(i).get("vaccinated_on").toString());
      assertThat(immunization.path("lotNumber").asText()).isEqualTo(ledgerDoses.get(i).get("lot"));
      assertThat(immunization.path("performer").get(0).path("actor").path("display").asText()).isEqualTo("防府市");
    }
  }

  private void assertRevoked(String rid) throws Exception {
    JsonNode jwks = read(http.get("/shc/352063/.well-known/jwks.json").body());
    String kid = jwks.get("keys").get(0).get("kid").asText();
    assertThat(jwks.get("keys").get(0).get("crlVersion").asInt()).isPositive();
    HttpResponse<String> crl = http.get("/shc/352063/.well-known/crl/" + kid + ".json");
    assertThat(crl.statusCode()).isEqualTo(200);
    assertThat(crl.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    JsonNode list = read(crl.body());
    assertThat(list.get("kid").asText()).isEqualTo(kid);
    assertThat(list.get("method").asText()).isEqualTo("rid");
    assertThat(list.get("ctr").asInt()).isEqualTo(jwks.get("keys").get(0).get("crlVersion").asInt());
    List<String> rids = new ArrayList<>();
    list.get("rids").forEach(r -> rids.add(r.asText()));
    assertThat(rids).contains(rid);
  }

  /** The rid read from the card itself, not from the database. */
  private String rid(String certificateId) throws Exception {
    String jws = read(http.get("/api/certificates/" + certificateId + "/smart-health-card", "clerk", PASSWORD).body())
        .get("verifiableCredential").get(0).asText();
    return IndependentCertificateCheck.ofJws(jws, 0, 0).payload().path("vc").path("rid").asText();
  }

  private static String newMyNumber() {
    String eleven = String.format("4%010d", 3_100_000 + PERSONS.incrementAndGet() * 7919L + System.nanoTime() % 1000);
    return eleven + MyNumber.checkDigit(eleven);
  }

  private static Ledger.Dose dose(int number, String date, String lot) {
    return new Ledger.Dose(number, LocalDate.parse(date), "ファイザー", "コミナティ筋注", lot, null);
  }

  private void inLedger(String myNumber, String source, Ledger.Dose... doses) {
    ledger.addDoses(HOFU, new Ledger.Person(null, myNumber, "山田 花子", "ヤマダ ハナコ", LocalDate.of(1980, 4, 1),
        "FEMALE"), List.of(doses), source);
  }

  private void inVrs(String municipality, String myNumber, String... doses) {
    HttpResponse<String> response = http.postJson("/sim/vrs/municipalities/" + municipality + "/persons", """
        {"myNumber":"%s","familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
         "birthDate":"1980-04-01","sex":"FEMALE","doses":[%s]}""".formatted(myNumber, String.join(",", doses)),
        null, null);
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
  }

  static String counterDomestic(String myNumber) {
    return """
        {"channel":"COUNTER","use":"DOMESTIC","myNumber":"%s",
         "applicant":{"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
                      "birthDate":"1980-04-01","sex":"FEMALE","address":"山口県防府市寿町7-1"}}""".formatted(myNumber);
  }

  static String mailOverseas(String myNumber) {
    return """
        {"channel":"MAIL","use":"OVERSEAS","myNumber":"%s",\
        "applicant":{"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",\
        "birthDate":"1980-04-01","sex":"FEMALE","address":"山口県防府市寿町7-1"},\
        "passport":{"number":"TK1234567","nationality":"JPN","familyNameRoman":"yamada","givenNameRoman":"hanako"},\
        "mailTo":{"postalCode":"747-8501","address":"山口県防府市寿町7-1"}}""".formatted(myNumber);
  }

  static String verified(String passportCheck) {
    return "{\"numberDocument\":{\"value\":\"MY_NUMBER_CARD\"},\"identityDocument\":{\"value\":\"MY_NUMBER_CARD\"},"
        + "\"passportCheck\":{\"value\":\"" + passportCheck + "\"}}";
  }

  private String submit(String body) {
    HttpResponse<String> response = http.postJson("/api/certificate-requests", body, "clerk", PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return read(response.body()).get("requestId").asText();
  }

  private void completeTask(String requestId, String taskKey, String variables) {
    String taskId = awaitTask(requestId, taskKey);
    HttpResponse<String> response = http.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":" + variables + "}", "clerk", PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private String awaitTask(String requestId, String taskKey) {
    return await().atMost(Duration.ofSeconds(20)).until(() -> {
      JsonNode tasks = read(http.get("/engine-rest/task?processInstanceBusinessKey=" + requestId
          + "&taskDefinitionKey=" + taskKey + "&firstResult=0&maxResults=5", "clerk", PASSWORD).body());
      return tasks.size() == 1 ? tasks.get(0).get("id").asText() : null;
    }, id -> id != null);
  }

  private void awaitStatus(String requestId, String status) {
    await().atMost(Duration.ofSeconds(40)).until(() -> jdbc.queryForObject(
        "SELECT status FROM case_file WHERE id = ?", String.class, requestId), status::equals);
  }

  private List<String> activities(String requestId) {
    String processInstanceId = jdbc.queryForObject("SELECT process_instance_id FROM case_file WHERE id = ?",
        String.class, requestId);
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
  }

  private JsonNode getJson(String path, String user) {
    HttpResponse<String> response = http.get(path, user, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body());
  }

  private byte[] getBytes(String path, String user, String contentType) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + PORT + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes()))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
    return response.body();
  }

  static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException("not JSON: " + body, e);
    }
  }

  /** A reissue request with the documents the clerk saw ({@code passportCheck} only when not null). */
  static String reissue(String reason, String numberDocument, String identityDocument, String passportCheck) {
    return "{\"reason\":\"" + reason + "\",\"identityCheck\":{\"numberDocument\":\"" + numberDocument
        + "\",\"identityDocument\":\"" + identityDocument + "\""
        + (passportCheck == null ? "" : ",\"passportCheck\":\"" + passportCheck + "\"") + "}}";
  }

}
