package jp.vaccinationoffice.caseserver.movein;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.vaccinationoffice.caseserver.support.ProcessBranches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * Every branch and boundary event of {@code move-in-record-query} on a bare engine, each started
 * just before the step that decides it, with the workers played at the topic level.
 */
class MoveInBranchesTest {

  static final String PROCESS = "move-in-record-query";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessBranches.extension();

  ProcessBranches process;

  @BeforeEach
  void engine() {
    process = ProcessBranches.of(extension);
  }

  static Map<String, Object> caseVariables(boolean formReceived) {
    return Map.of("municipalityCode", "352063", "consentId", "consent-1", "formReceived", formReceived,
        "protectionFlag", false);
  }

  @Test
  void aSignedConsentFormLeadsStraightToTheIdentityCheck() {
    String instance = process.startBefore(PROCESS, "move-in-requested", caseVariables(true));

    assertThat(process.waitingAt(instance)).containsExactly("verify-identity");
    assertThat(process.passed(instance)).startsWith("move-in-requested", "capture-consent");
  }

  @Test
  void consentRefusedAtTheCounterEndsTheCase() {
    String instance = process.startBefore(PROCESS, "capture-consent", caseVariables(false));
    assertThat(process.openTaskKey(instance)).isEqualTo("confirm-consent");

    process.completeTask(calledInstance(instance), "confirm-consent", Map.of("consentAnswer", "REFUSED"));

    assertThat(process.endedAt(instance)).isEqualTo("case-consent-not-given");
    assertThat(process.passed(instance)).contains("consent-not-given");
  }

  @Test
  void documentsThatDoNotSufficeEndTheCase() {
    String instance = process.startBefore(PROCESS, "verify-identity", caseVariables(true));

    process.completeTask(instance, "verify-identity", Map.of("numberDocument", "NONE", "identityDocument", "PASSPORT"));

    assertThat(process.endedAt(instance)).isEqualTo("case-identity-not-verified");
  }

  @Test
  void sufficientDocumentsLeadToTheRegistry() {
    String instance = process.startBefore(PROCESS, "decide-identity-verified",
        Map.of("numberDocument", "MY_NUMBER_CARD", "identityDocument", "MY_NUMBER_CARD", "protectionFlag", false));

    assertThat(process.waitingAt(instance)).containsExactly("confirm-resident-registration");
    assertThat(process.passed(instance)).containsSubsequence("identity-verified", "confirm-again");
  }

  @Test
  void aRegistryMismatchCorrectedIsConfirmedAgain() {
    String instance = process.startBefore(PROCESS, "confirm-again", caseVariables(true));

    process.throwBpmnError(instance, "registry-confirm-resident", "REGISTRY_MISMATCH");
    process.completeTask(instance, "correct-resident-details", Map.of("detailsAction", "RETRY"));

    assertThat(process.waitingAt(instance)).containsExactly("confirm-resident-registration");
    assertThat(process.passed(instance)).containsSubsequence(
        "registry-mismatch", "correct-resident-details", "details-corrected", "confirm-again", "confirm-resident-registration");
  }

  @Test
  void aRegistryMismatchClosedEndsTheCase() {
    String instance = process.startBefore(PROCESS, "confirm-resident-registration", caseVariables(true));

    process.throwBpmnError(instance, "registry-confirm-resident", "REGISTRY_MISMATCH");
    process.completeTask(instance, "correct-resident-details", Map.of("detailsAction", "CLOSE"));

    assertThat(process.endedAt(instance)).isEqualTo("case-registry-mismatch");
  }

  @Test
  void aConfirmedResidentWithVerifiedIdentityMayBeQueried() {
    String instance = process.startBefore(PROCESS, "confirm-resident-registration",
        Map.of("identityDecision", Map.of("verified", true)));

    process.complete(instance, "registry-confirm-resident", Map.of("protectionFlag", false));

    assertThat(process.waitingAt(instance)).containsExactly("query-previous-municipality");
    assertThat(process.passed(instance)).containsSubsequence("decide-query-permitted", "query-permitted", "query-again");
  }

  @Test
  void aQueryTheDecisionDoesNotPermitEndsTheCase() {
    String instance = process.startBefore(PROCESS, "decide-query-permitted",
        Map.of("identityDecision", Map.of("verified", false), "protectionFlag", false));

    assertThat(process.endedAt(instance)).isEqualTo("case-not-permitted");
  }

  @Test
  void recordsFoundIssueTheTicketInFourSteps() {
    String instance = process.startBefore(PROCESS, "query-again", Map.of());

    process.complete(instance, "vrs-query-move-in-records", Map.of("dosesFound", 2));
    process.complete(instance, "ticket-issue-number", Map.of());
    process.complete(instance, "vrs-register-ticket", Map.of());
    process.complete(instance, "ledger-add-move-in-records", Map.of());
    process.complete(instance, "notice-record-ticket-issued", Map.of());

    assertThat(process.endedAt(instance)).isEqualTo("case-ticket-issued");
    assertThat(process.passed(instance)).containsSubsequence("query-previous-municipality", "issue-ticket-number",
        "register-ticket", "add-records-to-ledger", "record-resident-notice", "case-ticket-issued");
  }

  @Test
  void recordsNotFoundAreQueriedAgainWithTheCorrectedCode() {
    String instance = process.startBefore(PROCESS, "query-previous-municipality", Map.of());

    process.throwBpmnError(instance, "vrs-query-move-in-records", "RECORDS_NOT_FOUND");
    process.completeTask(instance, "resolve-not-found",
        Map.of("action", "RETRY_WITH_CODE", "correctedMunicipalityCode", "352021"));

    assertThat(process.waitingAt(instance)).containsExactly("query-previous-municipality");
    assertThat(process.passed(instance)).containsSubsequence(
        "records-not-found", "resolve-not-found", "not-found-resolution", "query-again");
  }

  @Test
  void recordsNotFoundClosedEndTheCaseWithoutRecords() {
    String instance = process.startBefore(PROCESS, "query-previous-municipality", Map.of());

    process.throwBpmnError(instance, "vrs-query-move-in-records", "RECORDS_NOT_FOUND");
    process.completeTask(instance, "resolve-not-found", Map.of("action", "CLOSE"));

    assertThat(process.endedAt(instance)).isEqualTo("case-closed-no-records");
  }

  @Test
  void consentFoundWithdrawnWhenTheQueryIsAboutToBeSentEndsTheCase() {
    String instance = process.startBefore(PROCESS, "query-previous-municipality", Map.of());

    process.throwBpmnError(instance, "vrs-query-move-in-records", "CONSENT_WITHDRAWN");

    assertThat(process.endedAt(instance)).isEqualTo("case-consent-withdrawn-before-retry");
    assertThat(process.passed(instance)).contains("consent-no-longer-usable");
  }

  @Test
  void aWithdrawalWhileTheCaseWaitsEndsItWherever() {
    String instance = process.startBefore(PROCESS, "verify-identity", caseVariables(true));

    process.engine().getRuntimeService().createMessageCorrelation("consent-withdrawn").processInstanceId(instance)
        .correlate();

    // the engine names the event subprocess as where the instance ended; its end event is inside
    assertThat(process.endedAt(instance)).isEqualTo("consent-withdrawal");
    assertThat(process.passed(instance)).containsSubsequence("consent-withdrawn", "case-consent-withdrawn");
    assertThat(process.waitingAt(instance)).isEmpty();
  }

  private String calledInstance(String instance) {
    return process.engine().getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance)
        .singleResult().getId();
  }
}
