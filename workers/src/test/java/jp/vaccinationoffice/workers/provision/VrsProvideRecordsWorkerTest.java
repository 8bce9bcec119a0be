package jp.vaccinationoffice.workers.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.NationalSystemRejectedException;
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
class VrsProvideRecordsWorkerTest {

  SimulatedNationalSystems national = new SimulatedNationalSystems();
  ProvisionCaseStore inquiries = mock(ProvisionCaseStore.class);
  VrsGateway vrs = national.vrs();
  VrsProvideRecordsWorker worker = new VrsProvideRecordsWorker(inquiries, new InquiryAnswers(inquiries, vrs));
  String inquiryId;
  CaseTask task;

  @BeforeEach
  void anInquiryOfUbeAboutAPersonInTheLedger() {
    inquiryId = ProvisionFixtures.inquiryFromUbe(national);
    task = ProvisionFixtures.task(inquiryId, "provide-records");
    when(inquiries.subject(inquiryId)).thenReturn(ProvisionFixtures.subject(inquiryId));
    when(inquiries.recordsToProvide(inquiryId)).thenReturn(ProvisionFixtures.oneDose());
  }

  @AfterEach
  void close() {
    national.close();
  }

  @Test
  void providesTheLedgersDosesOnceAlsoWhenTheStepIsRetried() {
    assertThat(worker.execute(task)).isEqualTo(Map.of("outcome", "PROVIDED"));
    worker.execute(task);

    InquiryState state = vrs.inquiryState(inquiryId);
    assertThat(state.status()).isEqualTo(InquiryStatus.ANSWERED);
    assertThat(state.records()).containsExactly(ProvisionFixtures.DOSE);
    assertThat(national.outcomes("vrs", VrsGateway.PROVIDE)).containsExactly("OK", "REPLAYED");
    verify(inquiries, times(2)).answered(inquiryId, ProvisionOutcome.PROVIDED);
  }

  @Test
  void anUnavailableVrsIsAFailureToRetryAndNoAnswerIsNoted() {
    national.fault("vrs", VrsGateway.PROVIDE, "UNAVAILABLE", 1);

    assertThatThrownBy(() -> worker.execute(task)).isInstanceOf(NationalSystemUnavailableException.class);
    verify(inquiries, never()).answered(anyString(), any());
    assertThat(vrs.inquiryState(inquiryId).status()).isEqualTo(InquiryStatus.PENDING);
  }

  @Test
  void anInquiryVrsDoesNotAddressToThisCityIsRefusedAndNotRetried() {
    CaseTask unknown = ProvisionFixtures.task("no-such-inquiry", "provide-records");
    when(inquiries.subject("no-such-inquiry")).thenReturn(ProvisionFixtures.subject("no-such-inquiry"));
    when(inquiries.recordsToProvide("no-such-inquiry")).thenReturn(ProvisionFixtures.oneDose());

    assertThatThrownBy(() -> worker.execute(unknown))
        .isInstanceOf(NationalSystemRejectedException.class)
        .hasMessageContaining("HTTP 404");
    verify(inquiries, never()).answered(anyString(), any());
  }

  @Test
  void anAnswerThatIsNotJsonIsAFailureToRetry() {
    VrsProvideRecordsWorker garbled = new VrsProvideRecordsWorker(inquiries, new InquiryAnswers(inquiries, national.garbledVrs()));

    assertThatThrownBy(() -> garbled.execute(task))
        .isInstanceOf(NationalSystemUnavailableException.class)
        .hasMessageContaining("unreadable answer");
    verify(inquiries, never()).answered(anyString(), any());
  }
}
