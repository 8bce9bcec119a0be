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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the VRS simulator over HTTP; the case store is the one thing mocked. */
class VrsAnswerNotFoundWorkerTest {

  SimulatedNationalSystems national = new SimulatedNationalSystems();
  ProvisionCaseStore inquiries = mock(ProvisionCaseStore.class);
  VrsGateway vrs = national.vrs();
  VrsAnswerNotFoundWorker worker = new VrsAnswerNotFoundWorker(new InquiryAnswers(inquiries, vrs));
  String inquiryId;
  CaseTask task;

  @BeforeEach
  void anInquiryOfUbe() {
    inquiryId = ProvisionFixtures.inquiryFromUbe(national);
    task = ProvisionFixtures.task(inquiryId, "answer-not-found");
    when(inquiries.subject(inquiryId)).thenReturn(ProvisionFixtures.subject(inquiryId));
  }

  @AfterEach
  void close() {
    national.close();
  }

  @Test
  void answersNotFoundWithNoRecordLeavingTheOffice() {
    assertThat(worker.execute(task)).isEqualTo(Map.of("outcome", "NOT_FOUND"));

    InquiryState state = vrs.inquiryState(inquiryId);
    assertThat(state.status()).isEqualTo(InquiryStatus.NOT_FOUND);
    assertThat(state.records()).isEmpty();
    verify(inquiries).answered(inquiryId, ProvisionOutcome.NOT_FOUND);
    verify(inquiries, never()).recordsToProvide(anyString());
  }

  @Test
  void aRetriedStepAnswersOnce() {
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
    VrsAnswerNotFoundWorker garbled = new VrsAnswerNotFoundWorker(new InquiryAnswers(inquiries, national.garbledVrs()));

    assertThatThrownBy(() -> garbled.execute(task)).isInstanceOf(NationalSystemUnavailableException.class);
    verify(inquiries, never()).answered(anyString(), any());
  }
}
