package jp.vaccinationoffice.workers.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.workers.gateway.vrs.RecordsOutcome;
import jp.vaccinationoffice.workers.gateway.vrs.RecordsQueryResult;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.BusinessOutcome;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import org.junit.jupiter.api.Test;

class VrsQueryMoveInRecordsWorkerTest {

  static final String CASE = RegistryConfirmResidentWorkerTest.CASE;

  MoveInCaseStore cases = mock(MoveInCaseStore.class);
  VrsGateway vrs = mock(VrsGateway.class);
  VrsQueryMoveInRecordsWorker worker = new VrsQueryMoveInRecordsWorker(cases, vrs);

  @Test
  void aCorrectedCodeNamingNoOtherMunicipalityBringsTheClerkBackAndVrsIsNotAsked() {
    CaseTask task = RegistryConfirmResidentWorkerTest.task(Map.of("correctedMunicipalityCode", "999997"));
    when(cases.correctPreviousMunicipality(CASE, "999997")).thenReturn(false);

    BusinessOutcome outcome = catchThrowableOfType(BusinessOutcome.class, () -> worker.execute(task));

    assertThat(outcome.errorCode()).isEqualTo(VrsQueryMoveInRecordsWorker.RECORDS_NOT_FOUND);
    verify(cases, never()).beginQuery(any());
    verifyNoInteractions(vrs);
  }

  @Test
  void aCorrectedCodeIsTakenBeforeVrsIsAsked() {
    CaseTask task = RegistryConfirmResidentWorkerTest.task(Map.of("correctedMunicipalityCode", "352021"));
    when(cases.correctPreviousMunicipality(CASE, "352021")).thenReturn(true);
    when(cases.beginQuery(CASE)).thenReturn(true);
    when(cases.subject(CASE)).thenReturn(RegistryConfirmResidentWorkerTest.subject());
    when(vrs.queryRecords(any(), any(), any())).thenReturn(new RecordsQueryResult(RecordsOutcome.FOUND, List.of()));

    worker.execute(task);

    verify(cases).correctPreviousMunicipality(CASE, "352021");
    verify(cases).recordsFound(CASE, List.of());
  }
}
