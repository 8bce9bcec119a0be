package jp.vaccinationoffice.workers.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import jp.vaccinationoffice.workers.runtime.BpmnErrorCodes;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

class NoticeRecordTicketIssuedWorkerTest {

  MoveInCaseStore cases = mock(MoveInCaseStore.class);
  NoticeRecordTicketIssuedWorker worker = new NoticeRecordTicketIssuedWorker(cases);

  @Test
  void recordsTheNoticeToTheResidentAndSetsNoVariable() {
    assertThat(worker.execute(RegistryConfirmResidentWorkerTest.task())).isEmpty();
    verify(cases).recordTicketNotice(RegistryConfirmResidentWorkerTest.CASE);
  }

  @Test
  void aDatabaseFaultIsAFailureToRetryNotABusinessOutcome() {
    doThrow(new QueryTimeoutException("ticket_notice")).when(cases).recordTicketNotice(RegistryConfirmResidentWorkerTest.CASE);

    assertThatThrownBy(() -> worker.execute(RegistryConfirmResidentWorkerTest.task()))
        .isInstanceOf(QueryTimeoutException.class);
    assertThat(NoticeRecordTicketIssuedWorker.class.getAnnotation(BpmnErrorCodes.class)).isNull();
  }
}
