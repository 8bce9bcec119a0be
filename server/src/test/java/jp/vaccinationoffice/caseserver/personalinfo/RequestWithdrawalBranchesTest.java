package jp.vaccinationoffice.caseserver.personalinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import jp.vaccinationoffice.caseserver.support.ProcessBranches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The event sub-process 「請求の取下げ」 of the disclosure, correction and suspension requests on a bare
 * engine: a withdrawal ends the request wherever it waits, and takes the clerks' and supervisors'
 * tasks and the timers with it; an ended request takes no withdrawal.
 */
class RequestWithdrawalBranchesTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessBranches.extension();

  ProcessBranches process;
  RuntimeService runtime;

  @BeforeEach
  void engine() {
    process = ProcessBranches.of(extension);
    runtime = process.engine().getRuntimeService();
  }

  @ParameterizedTest
  @ValueSource(strings = {"disclosure-request", "correction-request", "suspension-request"})
  void aWithdrawalWhileTheClerkChecksEndsTheRequestAndItsTask(String processKey) {
    String instance = process.startBefore(processKey, "check-request", variables());
    assertThat(process.openTaskKey(instance)).isEqualTo("check-request");

    withdraw(instance);

    assertWithdrawn(instance);
    assertThat(process.engine().getTaskService().createTaskQuery().processInstanceId(instance).count()).isZero();
    assertThat(process.engine().getManagementService().createJobQuery().processInstanceId(instance).count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"disclosure-request", "correction-request", "suspension-request"})
  void aWithdrawalWhileWaitingForTheAmendmentEndsTheWaitAndItsTimer(String processKey) {
    Map<String, Object> variables = variables();
    variables.put("amendmentDueAt", Date.from(Instant.now().plus(14, ChronoUnit.DAYS)));
    String instance = process.startBefore(processKey, "amendment-wait", variables);
    assertThat(process.waitingAt(instance)).contains("amendment-wait");

    withdraw(instance);

    assertWithdrawn(instance);
    assertThat(process.engine().getManagementService().createJobQuery().processInstanceId(instance).count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"disclosure-request", "correction-request", "suspension-request"})
  void aWithdrawalAlsoEndsTheSupervisorsDeadlineWarning(String processKey) {
    String instance = process.startBefore(processKey, "note-approaching-deadline", variables());
    assertThat(process.openTaskKey(instance)).isEqualTo("note-approaching-deadline");

    withdraw(instance);

    assertWithdrawn(instance);
    assertThat(process.engine().getTaskService().createTaskQuery().processInstanceId(instance).count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"disclosure-request", "correction-request", "suspension-request"})
  void aRequestThatEndedTakesNoWithdrawal(String processKey) {
    String instance = process.startBefore(processKey, "check-request", variables());
    process.completeTask(instance, "check-request", Map.of("completeness", "REJECT", "identityDocument",
        "MY_NUMBER_CARD", "representationProof", "NONE", "powerOfAttorney", "NONE"));
    assertThat(process.endedAt(instance)).isEqualTo("request-closed");
    assertThat(process.passed(instance)).contains("request-rejected");

    assertThatThrownBy(() -> withdraw(instance)).isInstanceOf(MismatchingMessageCorrelationException.class);
  }

  /** The instance ended in the event sub-process, the last activity to end; the request never closed. */
  private void assertWithdrawn(String instance) {
    assertThat(process.endedAt(instance)).isEqualTo("withdrawal");
    assertThat(process.passed(instance)).containsSubsequence("withdrawal", "withdrawal-received", "request-withdrawn")
        .doesNotContain("request-closed");
  }

  private void withdraw(String instance) {
    runtime.createMessageCorrelation(OwnRequests.WITHDRAWAL_MESSAGE).processInstanceId(instance).correlateWithResult();
  }

  private static Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("municipalityCode", "352063");
    variables.put("requestId", "request-withdrawal-branch");
    variables.put("relationship", "SELF");
    variables.put("measure", "STOP_USE");
    variables.put("ground", "IMPROPER_USE");
    variables.put("deadlineWarningAt", Date.from(Instant.now().plus(20, ChronoUnit.DAYS)));
    return variables;
  }
}
