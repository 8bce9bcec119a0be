package jp.vaccinationoffice.workers.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.Sex;
import jp.vaccinationoffice.workers.gateway.registry.BasicItem;
import jp.vaccinationoffice.workers.gateway.registry.BasicItems;
import jp.vaccinationoffice.workers.gateway.registry.RegistryGateway;
import jp.vaccinationoffice.workers.gateway.registry.ResidentVerification;
import jp.vaccinationoffice.workers.gateway.registry.VerificationOutcome;
import jp.vaccinationoffice.workers.runtime.BusinessOutcome;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import org.junit.jupiter.api.Test;

class RegistryConfirmResidentWorkerTest {

  static final String CASE = "case-1";

  MoveInCaseStore cases = mock(MoveInCaseStore.class);
  RegistryGateway registry = mock(RegistryGateway.class);
  RegistryConfirmResidentWorker worker = new RegistryConfirmResidentWorker(cases, registry);

  @Test
  void aMatchedResidentIsConfirmedWithTheSupportMeasureFlag() {
    when(cases.subject(CASE)).thenReturn(subject());
    when(registry.verifyResident(any(), any(), any(), any()))
        .thenReturn(new ResidentVerification(VerificationOutcome.MATCHED, List.of(), "0012345678", true));

    assertThat(worker.execute(task())).isEqualTo(Map.of("protectionFlag", true));
    verify(cases).residentConfirmed(CASE, "0012345678", true);
  }

  @Test
  void aMismatchNamesTheDifferingItemsButNeverTheRegistrysValues() {
    when(cases.subject(CASE)).thenReturn(subject());
    when(registry.verifyResident(any(), any(), any(), any())).thenReturn(new ResidentVerification(
        VerificationOutcome.MISMATCHED, List.of(BasicItem.FAMILY_NAME_KANA, BasicItem.BIRTH_DATE), null, null));

    BusinessOutcome outcome = catchThrowableOfType(BusinessOutcome.class, () -> worker.execute(task()));

    assertThat(outcome.errorCode()).isEqualTo(RegistryConfirmResidentWorker.REGISTRY_MISMATCH);
    assertThat(outcome.variables()).isEqualTo(Map.of(
        "registryOutcome", "MISMATCHED", "mismatchedItems", "氏（カナ）、生年月日"));
  }

  static MoveInSubject subject() {
    return new MoveInSubject(CASE, MunicipalityCode.parse("352063"), MunicipalityCode.parse("352021"),
        MyNumber.parse("123456789018"), new BasicItems("山田", "花子", "ヤマダ", "ハナコ", LocalDate.of(1980, 4, 1),
            Sex.FEMALE, "山口県防府市寿町7-1"));
  }

  static CaseTask task() {
    return task(Map.of());
  }

  static CaseTask task(Map<String, Object> variables) {
    return new CaseTask(CASE, "confirm-resident-registration", "confirm-resident-registration:1", "352063",
        "process-1", variables);
  }
}
