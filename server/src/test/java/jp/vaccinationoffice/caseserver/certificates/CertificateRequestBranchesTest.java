package jp.vaccinationoffice.caseserver.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.support.ProcessBranches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.Incident;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * Every branch of {@code certificate-request} on a bare engine: who verifies the applicant (a clerk
 * at the counter or by mail, the My Number card at the kiosk or in the app), the clerk's verdict,
 * whether any dose is certified here, the loop coding each vaccine product through decision
 * {@code vaccine-code} (an unknown product stops as an incident), and the counter's hand-over or
 * the mail. The workers are played per topic.
 */
class CertificateRequestBranchesTest {

  static final String PROCESS = "certificate-request";
  static final String PFIZER = "ファイザー";
  static final String COMIRNATY = "コミナティ筋注";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessBranches.extension();

  ProcessBranches process;

  @BeforeEach
  void engine() {
    process = ProcessBranches.of(extension);
  }

  static Map<String, Object> request(String channel, String use) {
    return new HashMap<>(Map.of("municipalityCode", "352063", "channel", channel, "use", use));
  }

  @Test
  void atTheCounterAClerkVerifiesTheApplicantFirst() {
    String instance = process.startBefore(PROCESS, "certificate-requested", request("COUNTER", "DOMESTIC"));

    assertThat(process.openTaskKey(instance)).isEqualTo("verify-applicant");
    assertThat(process.passed(instance)).containsExactly("certificate-requested", "applicant-verified-by", "verify-applicant");
  }

  @Test
  void aMailedApplicationIsVerifiedByAClerkToo() {
    String instance = process.startBefore(PROCESS, "certificate-requested", request("MAIL", "DOMESTIC"));

    assertThat(process.openTaskKey(instance)).isEqualTo("verify-applicant");
  }

  @Test
  void theKioskAndTheAppSkipTheClerkBecauseTheCardWasVerified() {
    String kiosk = process.startBefore(PROCESS, "certificate-requested", request("KIOSK", "DOMESTIC"));
    String app = process.startBefore(PROCESS, "certificate-requested", request("APP", "OVERSEAS"));

    for (String instance : List.of(kiosk, app)) {
      assertThat(process.waitingAt(instance)).containsExactly("find-doses");
      assertThat(process.passed(instance)).containsExactly("certificate-requested", "applicant-verified-by",
          "look-up-doses", "find-doses");
    }
  }

  @Test
  void documentsThatSufficeLeadToTheDoses() {
    String instance = process.startBefore(PROCESS, "verify-applicant", request("COUNTER", "DOMESTIC"));

    process.completeTask(instance, "verify-applicant", Map.of("numberDocument", "NOTIFICATION_CARD",
        "identityDocument", "DRIVERS_LICENSE", "passportCheck", "NOT_APPLICABLE"));

    assertThat(process.waitingAt(instance)).containsExactly("find-doses");
    assertThat(process.passed(instance)).containsSubsequence("verify-applicant", "decide-applicant-verified",
        "applicant-verified", "look-up-doses", "find-doses");
  }

  @Test
  void documentsThatDoNotSufficeEndTheRequest() {
    String instance = process.startBefore(PROCESS, "verify-applicant", request("COUNTER", "DOMESTIC"));

    process.completeTask(instance, "verify-applicant", Map.of("numberDocument", "NONE",
        "identityDocument", "PASSPORT", "passportCheck", "NOT_APPLICABLE"));

    assertThat(process.endedAt(instance)).isEqualTo("case-applicant-not-verified");
    assertThat(process.passed(instance)).doesNotContain("find-doses");
  }

  @Test
  void aPassportThatDiffersFromTheApplicationEndsARequestForTravel() {
    String instance = process.startBefore(PROCESS, "verify-applicant", request("COUNTER", "OVERSEAS"));

    process.completeTask(instance, "verify-applicant", Map.of("numberDocument", "MY_NUMBER_CARD",
        "identityDocument", "MY_NUMBER_CARD", "passportCheck", "DIFFERS"));

    assertThat(process.endedAt(instance)).isEqualTo("case-applicant-not-verified");
  }

  @Test
  void noDoseFoundAnywhereEndsWithANoticeNamingNoMunicipality() {
    String instance = process.startBefore(PROCESS, "find-doses", request("KIOSK", "DOMESTIC"));

    process.complete(instance, "certificate-find-doses", doses(0, 0, ""));

    assertThat(process.waitingAt(instance)).containsExactly("record-no-doses-notice");
    assertThat(process.engine().getRuntimeService().getVariable(instance, "applyToMunicipalityCode")).isNull();
    process.complete(instance, "notice-record-no-doses", Map.of());
    assertThat(process.endedAt(instance)).isEqualTo("case-no-doses-to-certify");
  }

  @Test
  void dosesAllGivenElsewhereEndWithANoticeNamingWhereToApply() {
    String instance = process.startBefore(PROCESS, "find-doses", request("COUNTER", "DOMESTIC"));

    process.complete(instance, "certificate-find-doses", doses(0, 2, "352021"));

    assertThat(process.engine().getRuntimeService().getVariable(instance, "applyToMunicipalityCode")).isEqualTo("352021");
    process.complete(instance, "notice-record-no-doses", Map.of());
    assertThat(process.endedAt(instance)).isEqualTo("case-no-doses-to-certify");
    assertThat(process.passed(instance)).containsSubsequence("decide-jurisdiction", "doses-to-certify",
        "record-no-doses-notice", "case-no-doses-to-certify");
  }

  @Test
  void dosesPartlyGivenElsewhereCertifyThoseGivenHere() {
    String instance = process.startBefore(PROCESS, "find-doses", request("KIOSK", "DOMESTIC"));

    process.complete(instance, "certificate-find-doses", doses(1, 2, "352021"));

    assertThat(process.waitingAt(instance)).containsExactly("take-next-dose");
    assertThat(process.passed(instance)).containsSubsequence("doses-to-certify", "code-next-dose", "take-next-dose");
  }

  @Test
  void eachDoseIsCodedByTheDecisionThenTheCertificateIsHandedOver() {
    String instance = process.startBefore(PROCESS, "code-next-dose", request("COUNTER", "DOMESTIC"));

    process.complete(instance, "certificate-take-next-dose", nextDose(1, PFIZER, COMIRNATY));
    assertThat(process.engine().getRuntimeService().getVariable(instance, "cvxCode")).isEqualTo("208");
    process.complete(instance, "certificate-record-vaccine-code", Map.of());
    process.complete(instance, "certificate-take-next-dose", Map.of("doseToCode", false));
    process.complete(instance, "certificate-issue", Map.of("certificateId", "352063-2026-000001"));

    assertThat(process.endedAt(instance)).isEqualTo("case-issued");
    assertThat(process.passed(instance)).containsSubsequence("take-next-dose", "dose-left", "decide-vaccine-code",
        "record-vaccine-code", "code-next-dose", "take-next-dose", "dose-left", "issue-certificate", "sent-by-mail",
        "case-issued");
  }

  @Test
  void aCertificateAppliedForByMailWaitsForTheClerkToPostIt() {
    String instance = process.startBefore(PROCESS, "issue-certificate", request("MAIL", "OVERSEAS"));

    process.complete(instance, "certificate-issue", Map.of("certificateId", "352063-2026-000002"));
    process.completeTask(instance, "mail-certificate", Map.of());

    assertThat(process.endedAt(instance)).isEqualTo("case-mailed");
    assertThat(process.passed(instance)).containsSubsequence("sent-by-mail", "mail-certificate", "case-mailed");
  }

  @Test
  void aProductTheDecisionDoesNotKnowStopsAsAnIncidentInsteadOfAGuess() {
    String instance = process.startBefore(PROCESS, "take-next-dose", request("KIOSK", "DOMESTIC"));

    process.complete(instance, "certificate-take-next-dose", nextDose(1, "架空製薬", "架空ワクチン筋注"));

    assertThat(process.engine().getRuntimeService().getVariable(instance, "cvxCode")).isNull();
    // what the worker's runtime does when the worker refuses to guess: a failure without retries
    String caseId = process.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getBusinessKey();
    LockedExternalTask task = process.engine().getExternalTaskService().fetchAndLock(1, "branch-test-worker")
        .topic("certificate-record-vaccine-code", 60_000).businessKey(caseId).execute().get(0);
    process.engine().getExternalTaskService().handleFailure(task.getId(), "branch-test-worker",
        "vaccine product has no CVX code in decision vaccine-code", 0, 0);

    Incident incident = process.engine().getRuntimeService().createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("record-vaccine-code");
    assertThat(process.waitingAt(instance)).containsExactly("record-vaccine-code");
  }

  private static Map<String, Object> doses(int here, int elsewhere, String elsewhereMunicipality) {
    return Map.of("dosesHere", here, "dosesElsewhere", elsewhere, "elsewhereMunicipalityCode", elsewhereMunicipality);
  }

  private static Map<String, Object> nextDose(int doseNumber, String manufacturer, String product) {
    return Map.of("doseToCode", true, "doseNumber", doseNumber, "manufacturer", manufacturer, "product", product);
  }
}
