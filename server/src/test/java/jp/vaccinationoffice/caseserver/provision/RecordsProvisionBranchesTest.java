package jp.vaccinationoffice.caseserver.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.vaccinationoffice.caseserver.support.ProcessBranches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * Every branch of {@code records-provision} on a bare engine, with the workers played at the topic
 * level. Whether approval is needed comes from the decision table, fed the support measure found.
 */
class RecordsProvisionBranchesTest {

  static final String PROCESS = "records-provision";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessBranches.extension();

  ProcessBranches process;

  @BeforeEach
  void engine() {
    process = ProcessBranches.of(extension);
  }

  @Test
  void aPersonInTheLedgerWithoutSupportMeasureIsProvidedWithoutApproval() {
    String instance = process.startBefore(PROCESS, "inquiry-received", Map.of());

    process.complete(instance, "registry-check-support-measure", Map.of("protectionFlag", false, "provisionStopped", false));
    process.complete(instance, "ledger-match-person", Map.of("personFound", true));
    process.complete(instance, "vrs-provide-records", Map.of("outcome", "PROVIDED"));
    process.complete(instance, "provision-record", Map.of());

    assertThat(process.endedAt(instance)).isEqualTo("provision-recorded");
    assertThat(process.passed(instance)).containsSubsequence("check-support-measure", "decide-provision-permitted",
        "provision-permitted", "match-ledger", "person-found", "approval-needed", "provide", "provide-records",
        "answered", "record-provision", "provision-recorded");
  }

  @Test
  void aProtectedPersonWaitsForTheSupervisorWhoApproves() {
    String instance = process.startBefore(PROCESS, "check-support-measure", Map.of());

    process.complete(instance, "registry-check-support-measure", Map.of("protectionFlag", true, "provisionStopped", false));
    process.complete(instance, "ledger-match-person", Map.of("personFound", true));
    process.completeTask(instance, "approve-provision", Map.of("decision", "APPROVE"));

    assertThat(process.waitingAt(instance)).containsExactly("provide-records");
    assertThat(process.passed(instance)).containsSubsequence("approval-needed", "approve-provision", "approved", "provide");
  }

  @Test
  void aPersonWhoseProvisionWasStoppedIsAnsweredAsRefusedByTheDecision() {
    String instance = process.startBefore(PROCESS, "check-support-measure", Map.of());

    process.complete(instance, "registry-check-support-measure", Map.of("protectionFlag", false, "provisionStopped", true));
    process.complete(instance, "vrs-answer-refused", Map.of("outcome", "REFUSED"));

    assertThat(process.waitingAt(instance)).containsExactly("record-provision");
    assertThat(process.passed(instance)).containsSubsequence("decide-provision-permitted", "provision-permitted",
        "answer-refused", "answered");
  }

  @Test
  void aRejectedProvisionIsAnsweredAsRefused() {
    String instance = process.startBefore(PROCESS, "approve-provision", Map.of());

    process.completeTask(instance, "approve-provision", Map.of("decision", "REJECT"));
    process.complete(instance, "vrs-answer-refused", Map.of("outcome", "REFUSED"));
    process.complete(instance, "provision-record", Map.of());

    assertThat(process.endedAt(instance)).isEqualTo("provision-recorded");
    assertThat(process.passed(instance)).containsSubsequence("approved", "answer-refused", "answered");
  }

  @Test
  void nobodyInTheLedgerIsAnsweredAsNotFound() {
    String instance = process.startBefore(PROCESS, "match-ledger", Map.of());

    process.complete(instance, "ledger-match-person", Map.of("personFound", false));
    process.complete(instance, "vrs-answer-not-found", Map.of("outcome", "NOT_FOUND"));

    assertThat(process.waitingAt(instance)).containsExactly("record-provision");
    assertThat(process.passed(instance)).containsSubsequence("person-found", "answer-not-found", "answered");
  }

  @Test
  void aProvisionTheDecisionDoesNotPermitIsAnsweredAsRefused() {
    String instance = process.startBefore(PROCESS, "provision-permitted",
        Map.of("permission", Map.of("permitted", false, "requiresApproval", false)));

    process.complete(instance, "vrs-answer-refused", Map.of("outcome", "REFUSED"));

    assertThat(process.waitingAt(instance)).containsExactly("record-provision");
    assertThat(process.passed(instance)).containsSubsequence("provision-permitted", "answer-refused", "answered");
  }
}
