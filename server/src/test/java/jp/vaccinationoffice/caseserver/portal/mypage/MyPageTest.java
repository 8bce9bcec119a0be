package jp.vaccinationoffice.caseserver.portal.mypage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.certificates.CertificateUse;
import jp.vaccinationoffice.caseserver.certificates.ElectronicCertificateReceipt;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.Test;

/**
 * マイページ on the running server, used over HTTP as the browser does: the resident's requests and
 * their status after staff act, letters and downloads, withdrawal, and that a second resident finds
 * nothing of the first one's by URL.
 */
class MyPageTest extends MyPageServer {

  @Test
  void afterStaffDecideTheResidentSeesTheNewStatusTheLetterAndWhatWasDisclosed() {
    String myNumber = staff.personInLedger();
    PortalResident resident = signedIn(myNumber);
    String id = staff.receive(electronicDisclosure(myNumber)).requestId();

    String before = resident.get("/portal/mypage").body();
    assertThat(before).contains("開示請求").contains("請求の内容を確認しています").contains("決定の期限")
        .contains("/portal/mypage/requests/" + id);

    staff.checkedComplete(id);
    staff.drafted(id, Map.of("decision", "FULL", "withheldKind", "NONE", "withheldGround", "NONE"));
    staff.approved(id);
    await().atMost(Duration.ofSeconds(60)).until(() -> resident.get("/portal/mypage").body().contains("開示しました"));

    String page = resident.get("/portal/mypage/requests/" + id).body();
    assertThat(page).contains("開示しました").contains("開示決定通知書").contains("決定日").doesNotContain("決定の期限")
        .doesNotContain("この請求を取り下げる").doesNotContain("clerk").doesNotContain("supervisor");
    String letterId = jdbc.queryForObject("SELECT id FROM pi_request_letter WHERE request_id = ?", String.class, id);
    HttpResponse<byte[]> letter = resident.download("/portal/mypage/requests/" + id + "/letters/" + letterId + ".pdf");
    assertThat(letter.statusCode()).isEqualTo(200);
    assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(letter.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    assertThat(new String(letter.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    HttpResponse<byte[]> pdf = resident.download("/portal/mypage/requests/" + id + "/disclosed-information.pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    HttpResponse<byte[]> csv = resident.download("/portal/mypage/requests/" + id + "/disclosed-information.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("FA1234");

    assertThat(accessLog(id)).contains("READ portal:request", "EXPORT portal:letter:" + letterId,
        "EXPORT portal:disclosed-information.pdf", "EXPORT portal:disclosed-information.csv");
  }

  @Test
  void aResidentWithdrawsAnOpenRequestAndItsTaskLeavesTheClerksList() {
    String myNumber = staff.personInLedger();
    PortalResident resident = signedIn(myNumber);
    String id = staff.receive(electronicDisclosure(myNumber)).requestId();
    staff.awaitTask(id, "check-request");
    String withdrawal = "/portal/mypage/requests/" + id + "/withdrawal";

    assertThat(resident.get("/portal/mypage/requests/" + id).body()).contains("この請求を取り下げる");
    assertThat(resident.post(withdrawal, "").statusCode()).as("without the form's token").isEqualTo(403);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);

    HttpResponse<String> withdrawn = resident.submit(withdrawal, withdrawal);
    assertThat(withdrawn.statusCode()).isEqualTo(302);
    assertThat(withdrawn.headers().firstValue("Location")).hasValueSatisfying(to ->
        assertThat(to).endsWith("/portal/mypage/requests/" + id + "?withdrawn"));
    assertThat(status(id)).isEqualTo("WITHDRAWN");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).singleResult()
        .getEndTime()).isNotNull();
    assertThat(resident.get("/portal/mypage/requests/" + id + "?withdrawn").body()).contains("請求を取り下げました")
        .contains("取下げ（請求を取り下げました）").doesNotContain("この請求を取り下げる");
    assertThat(resident.get("/portal/mypage").body()).contains("取下げ");

    HttpResponse<String> again = resident.submit("/portal/mypage/requests/" + id, withdrawal);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("取り下げることはできません");
    assertThat(accessLog(id)).contains("UPDATE portal:withdrawal:withdrawn", "REFUSE portal:withdrawal:not_open");
  }

  @Test
  void aDecidedRequestCannotBeWithdrawn() {
    String myNumber = staff.personInLedger();
    PortalResident resident = signedIn(myNumber);
    String id = staff.receive(electronicDisclosure(myNumber)).requestId();
    staff.checked(id, "REJECT", "MY_NUMBER_CARD", "NONE");
    await().atMost(Duration.ofSeconds(30)).until(() -> "REJECTED".equals(status(id)));
    String withdrawal = "/portal/mypage/requests/" + id + "/withdrawal";

    assertThat(resident.get(withdrawal).body()).contains("取り下げることはできません").doesNotContain("withdrawal-form");
    HttpResponse<String> refused = resident.submit("/portal/mypage/requests/" + id, withdrawal);

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(status(id)).isEqualTo("REJECTED");
  }

  @Test
  void anotherResidentFindsNothingOfTheFirstByUrlAndEachTryIsLogged() {
    String myNumberA = staff.personInLedger();
    PortalResident a = signedIn(myNumberA);
    String id = staff.receive(electronicDisclosure(myNumberA)).requestId();
    staff.checked(id, "AMENDMENT_NEEDED", "MY_NUMBER_CARD", "NONE");
    String letterId = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
        "SELECT id FROM pi_request_letter WHERE request_id = ?", String.class, id), l -> !l.isEmpty()).get(0);
    ElectronicCertificateReceipt certificate = certificate(myNumberA, CertificateUse.DOMESTIC);
    assertThat(certificate.status()).isEqualTo("ISSUED");
    String certificateId = certificate.certificateId();
    assertThat(a.download("/portal/mypage/certificates/" + certificateId + "/qr-code.png").statusCode()).isEqualTo(200);
    assertThat(a.download("/portal/mypage/requests/" + id + "/letters/" + letterId + ".pdf").statusCode()).isEqualTo(200);

    PortalResident b = signedIn(staff.personInLedger());
    String request = "/portal/mypage/requests/" + id;
    for (String path : List.of(request, request + "/letters/" + letterId + ".pdf", request + "/disclosed-information.pdf",
        request + "/disclosed-information.csv", request + "/withdrawal",
        "/portal/mypage/certificate-requests/" + certificate.requestId(),
        "/portal/mypage/certificates/" + certificateId + ".pdf",
        "/portal/mypage/certificates/" + certificateId + ".smart-health-card",
        "/portal/mypage/certificates/" + certificateId + "/qr-code.png")) {
      HttpResponse<String> answer = b.get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).contains("見つかりませんでした").doesNotContain(id).doesNotContain("山田")
          .doesNotContain(certificateId);
    }
    HttpResponse<String> forged = b.submit("/portal/mypage", request + "/withdrawal");
    assertThat(forged.statusCode()).isEqualTo(404);
    assertThat(status(id))
        .isEqualTo("AWAITING_AMENDMENT");
    assertThat(b.get("/portal/mypage").body()).doesNotContain(id).doesNotContain(certificate.requestId());

    assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log WHERE action = 'REFUSE' AND subject_id IN (?, ?, ?)"
        + " AND justification LIKE 'portal:not-own:%'", Integer.class, id, certificate.requestId(), certificateId))
        .isEqualTo(10);
  }

  @Test
  void aCardHolderTheLedgerDoesNotKnowSignsInWhenTheResidentRegistryDoes() {
    String eleven = String.format("%011d", 35_206_377_000L + System.nanoTime() % 1000);
    String myNumber = eleven + MyNumber.checkDigit(eleven);
    PortalResident unknown = PortalResident.withCard(port, myNumber, "防府 太郎", "1990-02-03", "MALE");
    assertThat(unknown.signIn().body()).contains("住民基本台帳に、あなたの記録が見つかりませんでした");
    assertThat(unknown.signedIn()).isFalse();

    registerInRegistry(myNumber);
    HttpResponse<String> signedIn = unknown.signIn();

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(unknown.signedIn()).isTrue();
    assertThat(unknown.get("/portal/mypage").body()).contains("防府 太郎").contains("請求はありません")
        .contains("申請はありません");
  }

  private void registerInRegistry(String myNumber) {
    PortalResident.simulator(port, "/sim/registry/municipalities/352063/residents", Map.of("myNumber", myNumber,
        "addresseeNumber", "A" + myNumber.substring(4), "familyName", "防府", "givenName", "太郎",
        "birthDate", "1990-02-03", "sex", "MALE", "address", "山口県防府市寿町7番1号"));
  }

  private PortalResident signedIn(String myNumber) {
    PortalResident resident = cardOf(myNumber);
    HttpResponse<String> answer = resident.signIn();
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
    assertThat(resident.signedIn()).isTrue();
    return resident;
  }

  /** The resident's access-log rows of the request: action and justification. */
  private List<String> accessLog(String requestId) {
    return jdbc.queryForList("SELECT action || ' ' || justification FROM access_log WHERE subject_id = ?"
        + " AND user_id LIKE 'resident:%' ORDER BY id", String.class, requestId);
  }
}
