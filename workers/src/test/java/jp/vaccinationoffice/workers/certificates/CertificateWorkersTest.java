package jp.vaccinationoffice.workers.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.certificates.CertificateCaseStore.Applicant;
import jp.vaccinationoffice.workers.certificates.CertificateCaseStore.DoseCount;
import jp.vaccinationoffice.workers.certificates.CertificateCaseStore.UncodedDose;
import jp.vaccinationoffice.workers.gateway.vrs.CertificateLookup;
import jp.vaccinationoffice.workers.gateway.vrs.RecordsOutcome;
import jp.vaccinationoffice.workers.gateway.vrs.VaccinationRecord;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.PermanentFailure;
import org.junit.jupiter.api.Test;

/** The certificate workers on their own: the case store and VRS stand in as mocks. */
class CertificateWorkersTest {

  static final String CASE = "case-1";

  CertificateCaseStore cases = mock(CertificateCaseStore.class);
  VrsGateway vrs = mock(VrsGateway.class);

  @Test
  void dosesTheLedgerHoldsAreTakenWithoutAskingVrs() {
    when(cases.takeDosesFromLedger(CASE)).thenReturn(true);
    when(cases.doseCount(CASE)).thenReturn(new DoseCount(1, 2, "352021"));

    Map<String, Object> variables = new CertificateFindDosesWorker(cases, vrs).execute(task(Map.of()));

    assertThat(variables).containsEntry("dosesHere", 1).containsEntry("dosesElsewhere", 2)
        .containsEntry("elsewhereMunicipalityCode", "352021");
    verifyNoInteractions(vrs);
  }

  @Test
  void withoutLedgerDosesVrsIsAskedInThisMunicipalitysPartition() {
    MunicipalityCode hofu = new MunicipalityCode("352063");
    MyNumber myNumber = MyNumber.parse("123456789018");
    List<VaccinationRecord> records = List.of(new VaccinationRecord(1, LocalDate.of(2021, 6, 1), "ファイザー",
        "コミナティ筋注", "FA1234"));
    when(cases.takeDosesFromLedger(CASE)).thenReturn(false);
    when(cases.applicant(CASE)).thenReturn(new Applicant(hofu, myNumber));
    when(vrs.lookUpForCertificate(any(), any(), any())).thenReturn(new CertificateLookup(RecordsOutcome.FOUND, null,
        records));
    when(cases.doseCount(CASE)).thenReturn(new DoseCount(1, 0, null));

    Map<String, Object> variables = new CertificateFindDosesWorker(cases, vrs).execute(task(Map.of()));

    verify(vrs).lookUpForCertificate(any(), org.mockito.ArgumentMatchers.eq(hofu), org.mockito.ArgumentMatchers.eq(myNumber));
    verify(cases).takeDosesFromVrs(CASE, records);
    assertThat(variables).containsEntry("elsewhereMunicipalityCode", "");
  }

  @Test
  void theNextDoseToCodeIsPutBeforeTheDecisionOrNoneIsLeft() {
    when(cases.nextUncodedDose(CASE)).thenReturn(Optional.of(new UncodedDose(2, "モデルナ", "スパイクバックス筋注")));
    assertThat(new CertificateTakeNextDoseWorker(cases).execute(task(Map.of()))).containsEntry("doseToCode", true)
        .containsEntry("doseNumber", 2).containsEntry("product", "スパイクバックス筋注");

    when(cases.nextUncodedDose(CASE)).thenReturn(Optional.empty());
    assertThat(new CertificateTakeNextDoseWorker(cases).execute(task(Map.of()))).containsEntry("doseToCode", false);
  }

  @Test
  void aKnownCodeIsRecordedForItsDose() {
    new CertificateRecordVaccineCodeWorker(cases).execute(task(Map.of("doseNumber", 2, "cvxCode", "207",
        "vaccineNameEn", "Moderna COVID-19 Vaccine (Spikevax)", "manufacturerEn", "Moderna")));

    verify(cases).recordVaccineCode(CASE, 2, "207", "Moderna COVID-19 Vaccine (Spikevax)", "Moderna");
  }

  @Test
  void anUnknownProductIsAPermanentFailureNamingTheProductAndNothingIsRecorded() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("doseNumber", 1);
    variables.put("manufacturer", "ファイザー");
    variables.put("product", "新製品");
    variables.put("cvxCode", null);

    Throwable failure = catchThrowable(() -> new CertificateRecordVaccineCodeWorker(cases).execute(task(variables)));

    assertThat(failure).isInstanceOf(PermanentFailure.class).hasMessageContaining("新製品").hasMessageContaining("vaccine-code");
    verify(cases, never()).recordVaccineCode(anyString(), anyInt(), any(), any(), any());
  }

  @Test
  void theCertificateIsIssuedAndTheNoticeRecordedThroughTheStore() {
    when(cases.issueCertificate(CASE)).thenReturn("352063-2026-000001");
    assertThat(new CertificateIssueWorker(cases).execute(task(Map.of()))).containsEntry("certificateId",
        "352063-2026-000001");

    new NoticeRecordNoDosesWorker(cases).execute(task(Map.of("applyToMunicipalityCode", "352021")));
    verify(cases).recordNoDosesNotice(CASE, "352021");
  }

  private static CaseTask task(Map<String, Object> variables) {
    return new CaseTask(CASE, "activity", "activity-instance", "352063", "process", variables);
  }
}
