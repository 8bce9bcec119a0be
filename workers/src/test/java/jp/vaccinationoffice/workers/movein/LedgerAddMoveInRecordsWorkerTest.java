package jp.vaccinationoffice.workers.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import jp.vaccinationoffice.workers.runtime.BpmnErrorCodes;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class LedgerAddMoveInRecordsWorkerTest {

  MoveInCaseStore cases = mock(MoveInCaseStore.class);
  LedgerAddMoveInRecordsWorker worker = new LedgerAddMoveInRecordsWorker(cases);

  @Test
  void addsTheCasesRecordsToTheLedgerAndSetsNoVariable() {
    assertThat(worker.execute(RegistryConfirmResidentWorkerTest.task())).isEmpty();
    verify(cases).addRecordsToLedger(RegistryConfirmResidentWorkerTest.CASE);
  }

  @Test
  void aDatabaseFaultIsAFailureToRetryNotABusinessOutcome() {
    doThrow(new DataIntegrityViolationException("ledger_dose")).when(cases).addRecordsToLedger(RegistryConfirmResidentWorkerTest.CASE);

    assertThatThrownBy(() -> worker.execute(RegistryConfirmResidentWorkerTest.task()))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(LedgerAddMoveInRecordsWorker.class.getAnnotation(BpmnErrorCodes.class)).isNull();
  }
}
