package jp.vaccinationoffice.workers.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jp.vaccinationoffice.workers.runtime.BpmnErrorCodes;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

class TicketIssueNumberWorkerTest {

  MoveInCaseStore cases = mock(MoveInCaseStore.class);
  TicketIssueNumberWorker worker = new TicketIssueNumberWorker(cases);

  @Test
  void issuesTheCasesTicketNumberAndSetsNoVariable() {
    when(cases.issueTicket(RegistryConfirmResidentWorkerTest.CASE)).thenReturn("3520630001");

    assertThat(worker.execute(RegistryConfirmResidentWorkerTest.task())).isEmpty();
    verify(cases).issueTicket(RegistryConfirmResidentWorkerTest.CASE);
  }

  @Test
  void aDatabaseFaultIsAFailureToRetryNotABusinessOutcome() {
    when(cases.issueTicket(RegistryConfirmResidentWorkerTest.CASE)).thenThrow(new QueryTimeoutException("ticket sequence"));

    assertThatThrownBy(() -> worker.execute(RegistryConfirmResidentWorkerTest.task()))
        .isInstanceOf(QueryTimeoutException.class);
    assertThat(TicketIssueNumberWorker.class.getAnnotation(BpmnErrorCodes.class)).isNull();
  }
}
