package jp.vaccinationoffice.workers.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.workers.gateway.NationalSystemRejectedException;
import jp.vaccinationoffice.workers.gateway.NationalSystemUnavailableException;
import jp.vaccinationoffice.workers.gateway.SimulatedNationalSystems;
import jp.vaccinationoffice.workers.gateway.intermediate.IntermediateGateway;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionRecord;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.PermanentFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against the intermediate server simulator over HTTP; the case store is the one thing mocked. */
class ProvisionRecordWorkerTest {

  SimulatedNationalSystems national = new SimulatedNationalSystems();
  ProvisionCaseStore inquiries = mock(ProvisionCaseStore.class);
  ProvisionRecordWorker worker = new ProvisionRecordWorker(inquiries, national.intermediate());
  CaseTask task = ProvisionFixtures.task("inq-1", "record-provision", Map.of("outcome", "PROVIDED"));

  @AfterEach
  void close() {
    national.close();
  }

  @Test
  void sendsTheRecordOfTheProvisionOnceAndNotesTheIntermediateServersId() {
    when(inquiries.recordProvision("inq-1", ProvisionOutcome.PROVIDED)).thenReturn(record("番号法第19条第16号"));

    assertThat(worker.execute(task)).isEmpty();
    worker.execute(task);

    JsonNode stored = national.get("/intermediate/provision-records?municipalityCode=352021");
    assertThat(stored).hasSize(1);
    String recordId = stored.get(0).path("recordId").asText();
    assertThat(recordId).isNotBlank();
    verify(inquiries, times(2)).sentToIntermediateServer("inq-1", recordId);
    assertThat(national.outcomes("intermediate", IntermediateGateway.RECORD_PROVISION)).containsExactly("OK", "REPLAYED");
  }

  @Test
  void theOutcomeOfTheAnswerDecidesWhatIsRecorded() {
    when(inquiries.recordProvision("inq-1", ProvisionOutcome.REFUSED)).thenReturn(record("番号法第19条第16号"));

    worker.execute(ProvisionFixtures.task("inq-1", "record-provision", Map.of("outcome", "REFUSED")));

    verify(inquiries).recordProvision("inq-1", ProvisionOutcome.REFUSED);
  }

  @Test
  void anUnavailableIntermediateServerIsAFailureToRetryAndNothingIsNotedAsSent() {
    when(inquiries.recordProvision("inq-1", ProvisionOutcome.PROVIDED)).thenReturn(record("番号法第19条第16号"));
    national.fault("intermediate", IntermediateGateway.RECORD_PROVISION, "UNAVAILABLE", 1);

    assertThatThrownBy(() -> worker.execute(task)).isInstanceOf(NationalSystemUnavailableException.class);
    verify(inquiries, never()).sentToIntermediateServer(anyString(), anyString());
  }

  @Test
  void aRecordTheIntermediateServerRefusesIsAPermanentFailure() {
    when(inquiries.recordProvision("inq-1", ProvisionOutcome.PROVIDED)).thenReturn(record(null));

    assertThatThrownBy(() -> worker.execute(task))
        .isInstanceOf(NationalSystemRejectedException.class)
        .isInstanceOf(PermanentFailure.class)
        .hasMessageContaining("legalBasis is required");
    verify(inquiries, never()).sentToIntermediateServer(eq("inq-1"), anyString());
  }

  @Test
  void anAnswerOutcomeTheProcessNeverSetsIsAFailureBeforeAnythingIsWritten() {
    CaseTask withoutOutcome = ProvisionFixtures.task("inq-1", "record-provision");

    assertThatThrownBy(() -> worker.execute(withoutOutcome)).isInstanceOf(NullPointerException.class);
    verify(inquiries, never()).recordProvision(anyString(), any());
  }

  private static ProvisionRecord record(String legalBasis) {
    return new ProvisionRecord("inq-1", ProvisionFixtures.UBE, ProvisionFixtures.HOFU, ProvisionOutcome.PROVIDED,
        List.of("VACCINATION_RECORDS"), legalBasis, "provision-permitted", 2, null, Instant.parse("2024-05-01T09:30:00Z"));
  }
}
