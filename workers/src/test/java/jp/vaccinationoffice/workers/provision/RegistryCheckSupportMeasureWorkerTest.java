package jp.vaccinationoffice.workers.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.NationalSystem;
import jp.vaccinationoffice.workers.gateway.NationalSystemUnavailableException;
import jp.vaccinationoffice.workers.gateway.registry.RegistryGateway;
import jp.vaccinationoffice.workers.gateway.registry.SupportMeasureStatus;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RegistryCheckSupportMeasureWorkerTest {

  static final String INQUIRY = "inquiry-1";

  ProvisionCaseStore inquiries = mock(ProvisionCaseStore.class);
  RegistryGateway registry = mock(RegistryGateway.class);
  RegistryCheckSupportMeasureWorker worker = new RegistryCheckSupportMeasureWorker(inquiries, registry);

  @ParameterizedTest(name = "support measure {0}, provision stopped {1}")
  @CsvSource({"true, false", "false, true", "false, false"})
  void givesTheDecisionBothFactsAboutThePerson(boolean supportMeasure, boolean provisionStopped) {
    when(inquiries.subject(INQUIRY)).thenReturn(subject());
    when(registry.lookUpSupportMeasure(any(), any(), any())).thenReturn(status(supportMeasure));
    when(inquiries.provisionStopped(INQUIRY)).thenReturn(provisionStopped);

    assertThat(worker.execute(task()))
        .isEqualTo(Map.of("protectionFlag", supportMeasure, "provisionStopped", provisionStopped));
    verify(inquiries).supportMeasureChecked(INQUIRY, supportMeasure);
  }

  @Test
  void aRegistryOutageIsAFailureThatRecordsNothing() {
    when(inquiries.subject(INQUIRY)).thenReturn(subject());
    when(registry.lookUpSupportMeasure(any(), any(), any()))
        .thenThrow(new NationalSystemUnavailableException(NationalSystem.REGISTRY, "SUPPORT_MEASURE_LOOKUP", "failed: HTTP 503", null));

    assertThatThrownBy(() -> worker.execute(task())).isInstanceOf(NationalSystemUnavailableException.class);
    verify(inquiries, never()).supportMeasureChecked(any(), org.mockito.ArgumentMatchers.anyBoolean());
  }

  static SupportMeasureStatus status(boolean supportMeasure) {
    return new SupportMeasureStatus(SupportMeasureStatus.Outcome.REGISTERED, supportMeasure);
  }

  static ProvisionSubject subject() {
    return new ProvisionSubject(INQUIRY, MunicipalityCode.parse("352063"), MunicipalityCode.parse("352021"),
        MyNumber.parse("123456789018"));
  }

  static CaseTask task() {
    return new CaseTask(INQUIRY, "check-support-measure", "check-support-measure:1", "352063", "process-1", Map.of());
  }
}
