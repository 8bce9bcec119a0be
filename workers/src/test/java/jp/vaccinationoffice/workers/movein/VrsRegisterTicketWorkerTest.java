package jp.vaccinationoffice.workers.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jp.vaccinationoffice.workers.gateway.NationalSystemRejectedException;
import jp.vaccinationoffice.workers.gateway.NationalSystemUnavailableException;
import jp.vaccinationoffice.workers.gateway.SimulatedNationalSystems;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.PermanentFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the VRS simulator over HTTP; the case store is the one thing mocked. */
class VrsRegisterTicketWorkerTest {

  static final String CASE = RegistryConfirmResidentWorkerTest.CASE;

  SimulatedNationalSystems national;
  MoveInCaseStore cases = mock(MoveInCaseStore.class);
  CaseTask task = RegistryConfirmResidentWorkerTest.task();

  @BeforeEach
  void aCaseWithItsTicketNumber() {
    national = new SimulatedNationalSystems();
    when(cases.subject(CASE)).thenReturn(RegistryConfirmResidentWorkerTest.subject());
    when(cases.issueTicket(CASE)).thenReturn("3520630001");
  }

  @AfterEach
  void close() {
    national.close();
  }

  @Test
  void registersTheTicketInThisCitysPartitionOnceAlsoWhenTheStepIsRetried() {
    VrsRegisterTicketWorker worker = new VrsRegisterTicketWorker(cases, national.vrs());

    assertThat(worker.execute(task)).isEmpty();
    worker.execute(task);

    assertThat(national.get("/vrs/municipalities/352063/tickets")).singleElement()
        .satisfies(ticket -> assertThat(ticket.path("ticketNumber").asText()).isEqualTo("3520630001"));
    assertThat(national.outcomes("vrs", VrsGateway.REGISTER_TICKET)).containsExactly("OK", "REPLAYED");
  }

  @Test
  void anUnavailableVrsIsAFailureToRetryAndTheRetryRegistersOnce() {
    VrsRegisterTicketWorker worker = new VrsRegisterTicketWorker(cases, national.vrs());
    national.fault("vrs", VrsGateway.REGISTER_TICKET, "UNAVAILABLE", 1);

    assertThatThrownBy(() -> worker.execute(task))
        .isInstanceOf(NationalSystemUnavailableException.class)
        .isNotInstanceOf(PermanentFailure.class);
    worker.execute(task);

    assertThat(national.get("/vrs/municipalities/352063/tickets")).hasSize(1);
  }

  @Test
  void aTicketNumberVrsRefusesIsAPermanentFailureWithoutTheMyNumber() {
    when(cases.issueTicket(CASE)).thenReturn("35206300AB");
    VrsRegisterTicketWorker worker = new VrsRegisterTicketWorker(cases, national.vrs());

    assertThatThrownBy(() -> worker.execute(task))
        .isInstanceOf(NationalSystemRejectedException.class)
        .isInstanceOf(PermanentFailure.class)
        .hasMessageContaining("HTTP 400")
        .hasMessageNotContaining(RegistryConfirmResidentWorkerTest.subject().myNumber().digits());
    assertThat(national.get("/vrs/municipalities/352063/tickets")).isEmpty();
  }

  @Test
  void anAnswerThatIsNotJsonIsAFailureToRetry() {
    VrsRegisterTicketWorker worker = new VrsRegisterTicketWorker(cases, national.garbledVrs());

    assertThatThrownBy(() -> worker.execute(task))
        .isInstanceOf(NationalSystemUnavailableException.class)
        .hasMessage("VRS REGISTER_TICKET failed: unreadable answer (JsonParseException)");
  }
}
