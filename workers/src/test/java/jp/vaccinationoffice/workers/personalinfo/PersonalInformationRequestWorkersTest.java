package jp.vaccinationoffice.workers.personalinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.workers.runtime.BusinessOutcome;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import org.junit.jupiter.api.Test;

/** The requests' workers are thin: each passes the request and a stable effect key, and turns an outcome into the process's. */
class PersonalInformationRequestWorkersTest {

  final RecordingSteps steps = new RecordingSteps();

  static CaseTask task(String activityInstanceId, Map<String, Object> variables) {
    return new CaseTask("request-1", "activity", activityInstanceId, "352063", "process-1", variables);
  }

  @Test
  void aCorrectionTheLedgerCannotMakeIsTheModeledOutcome() {
    steps.correction = new PersonalInformationRequestSteps.CorrectionOutcome(false, "the ledger holds no dose 5");
    LedgerCorrectDosesWorker worker = new LedgerCorrectDosesWorker(steps);

    assertThatThrownBy(() -> worker.execute(task("a-1", Map.of())))
        .isInstanceOfSatisfying(BusinessOutcome.class, e -> {
          assertThat(e.errorCode()).isEqualTo("CORRECTION_NOT_APPLICABLE");
          assertThat(e.getMessage()).isEqualTo("the ledger holds no dose 5");
        });
    assertThat(steps.calls).containsExactly("correct request-1 personal-information-request:request-1:a-1");
  }

  @Test
  void anAppliedCorrectionCompletesTheTaskWithoutVariables() {
    steps.correction = new PersonalInformationRequestSteps.CorrectionOutcome(true, null);
    assertThat(new LedgerCorrectDosesWorker(steps).execute(task("a-1", Map.of()))).isEmpty();
    assertThat(steps.calls).containsExactly("correct request-1 personal-information-request:request-1:a-1");
  }

  @Test
  void aRetriedTaskGetsTheSameEffectKeyAndASecondEntryANewOne() {
    VrsNotifyCorrectionWorker worker = new VrsNotifyCorrectionWorker(steps);
    worker.execute(task("a-1", Map.of()));
    worker.execute(task("a-1", Map.of()));
    worker.execute(task("a-2", Map.of()));
    assertThat(steps.calls).containsExactly("notify personal-information-request:request-1:a-1",
        "notify personal-information-request:request-1:a-1", "notify personal-information-request:request-1:a-2");
  }

  @Test
  void theAmendmentRequestTellsTheProcessWhenToStopWaiting() {
    steps.answerBy = new Date(1_800_000_000_000L);
    assertThat(new LetterSendAmendmentRequestWorker(steps).execute(task("a-1", Map.of())))
        .containsEntry("amendmentDueAt", steps.answerBy);
  }

  @Test
  void theFactsTheDecisionsNeedAreVariables() {
    steps.prior = new PersonalInformationRequestSteps.PriorDisclosure(true, 12);
    assertThat(new RequestFindPriorDisclosureWorker(steps).execute(task("a-1", Map.of())))
        .containsEntry("disclosedBefore", true).containsEntry("daysSinceDisclosure", 12);
    steps.items = 0;
    assertThat(new RequestGatherInformationWorker(steps).execute(task("a-1", Map.of())))
        .containsEntry("informationFound", false);
  }

  @Test
  void theDecisionLetterAndTheRestrictionArePassedOn() {
    new LetterSendDecisionWorker(steps).execute(task("a-3", Map.of()));
    new RestrictionApplyWorker(steps).execute(task("a-4", Map.of()));
    new CertificateRevokeCorrectedDosesWorker(steps).execute(task("a-5", Map.of()));
    assertThat(steps.calls).containsExactly("letter personal-information-request:request-1:a-3",
        "restrict personal-information-request:request-1:a-4", "revoke personal-information-request:request-1:a-5");
  }

  static final class RecordingSteps implements PersonalInformationRequestSteps {

    final List<String> calls = new ArrayList<>();
    CorrectionOutcome correction;
    PriorDisclosure prior;
    Date answerBy;
    int items;

    @Override
    public Date sendAmendmentRequest(String requestId, String effectKey) {
      calls.add("amend " + effectKey);
      return answerBy;
    }

    @Override
    public PriorDisclosure priorDisclosure(String requestId) {
      return prior;
    }

    @Override
    public int gatherInformation(String requestId) {
      return items;
    }

    @Override
    public void sendDecisionLetter(String requestId, String effectKey) {
      calls.add("letter " + effectKey);
    }

    @Override
    public CorrectionOutcome correctLedger(String requestId, String effectKey) {
      calls.add("correct " + requestId + " " + effectKey);
      return correction;
    }

    @Override
    public void revokeCertificates(String requestId, String effectKey) {
      calls.add("revoke " + effectKey);
    }

    @Override
    public void notifyCorrection(String requestId, String effectKey) {
      calls.add("notify " + effectKey);
    }

    @Override
    public void applyRestriction(String requestId, String effectKey) {
      calls.add("restrict " + effectKey);
    }
  }
}
