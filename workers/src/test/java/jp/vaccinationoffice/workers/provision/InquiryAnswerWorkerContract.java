package jp.vaccinationoffice.workers.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.NationalSystemUnavailableException;
import jp.vaccinationoffice.workers.gateway.SimulatedNationalSystems;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryState;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryStatus;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What both workers that answer an inquiry without records owe, against the VRS simulator over HTTP
 * (the case store is the one thing mocked): each subclass names its worker, its step and its outcome.
 */
abstract class InquiryAnswerWorkerContract {

  SimulatedNationalSystems national = new SimulatedNationalSystems();
  ProvisionCaseStore inquiries = mock(ProvisionCaseStore.class);
  VrsGateway vrs = national.vrs();
  CaseWorker worker = worker(new InquiryAnswers(inquiries, vrs));
  String inquiryId;
  CaseTask task;

  abstract CaseWorker worker(InquiryAnswers answers);

  abstract String activityId();

  abstract ProvisionOutcome outcome();

  abstract InquiryStatus status();

  @BeforeEach
  void anInquiryOfUbe() {
    inquiryId = ProvisionFixtures.inquiryFromUbe(national);
    task = ProvisionFixtures.task(inquiryId, activityId());
    when(inquiries.subject(inquiryId)).thenReturn(ProvisionFixtures.subject(inquiryId));
  }

  @AfterEach
  void close() {
    national.close();
  }

  @Test
  void answersWithNoRecordLeavingTheOffice() throws Exception {
    assertThat(worker.execute(task)).isEqualTo(Map.of("outcome", outcome().name()));

    InquiryState state = vrs.inquiryState(inquiryId);
    assertThat(state.status()).isEqualTo(status());
    assertThat(state.records()).isEmpty();
    verify(inquiries).answered(inquiryId, outcome());
    verify(inquiries, never()).recordsToProvide(anyString());
  }

  @Test
  void aRetriedStepAnswersOnce() throws Exception {
    worker.execute(task);
    worker.execute(task);

    assertThat(national.outcomes("vrs", VrsGateway.PROVIDE)).containsExactly("OK", "REPLAYED");
  }

  @Test
  void aTimeoutIsAFailureToRetryAndNoAnswerIsNoted() {
    national.fault("vrs", VrsGateway.PROVIDE, "TIMEOUT", 1);

    assertThatThrownBy(() -> worker.execute(task))
        .isInstanceOf(NationalSystemUnavailableException.class)
        .hasMessage("VRS PROVIDE timed out after 3000 ms");
    verify(inquiries).subject(inquiryId);
    verifyNoMoreInteractions(inquiries);
  }

  @Test
  void anAnswerThatIsNotJsonIsAFailureToRetry() {
    CaseWorker garbled = worker(new InquiryAnswers(inquiries, national.garbledVrs()));

    assertThatThrownBy(() -> garbled.execute(task)).isInstanceOf(NationalSystemUnavailableException.class);
    verify(inquiries, never()).answered(anyString(), any());
  }
}
