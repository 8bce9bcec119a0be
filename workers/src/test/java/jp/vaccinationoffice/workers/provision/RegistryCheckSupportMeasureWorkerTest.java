package jp.vaccinationoffice.workers.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.NationalSystemUnavailableException;
import jp.vaccinationoffice.workers.gateway.SimulatedNationalSystems;
import jp.vaccinationoffice.workers.gateway.registry.RegistryGateway;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the resident registry simulator over HTTP; the case store is the one thing mocked. */
class RegistryCheckSupportMeasureWorkerTest {

  SimulatedNationalSystems national = new SimulatedNationalSystems();
  ProvisionCaseStore inquiries = mock(ProvisionCaseStore.class);
  RegistryCheckSupportMeasureWorker worker = new RegistryCheckSupportMeasureWorker(inquiries, national.registry());
  CaseTask task = ProvisionFixtures.task("inq-1", "check-support-measure");

  @BeforeEach
  void anInquiry() {
    when(inquiries.subject("inq-1")).thenReturn(ProvisionFixtures.subject("inq-1"));
  }

  @AfterEach
  void close() {
    national.close();
  }

  @Test
  void aResidentUnderASupportMeasureIsProtected() {
    national.registerResident("352063", ProvisionFixtures.PERSON.digits(), "0012345678", true);

    assertThat(worker.execute(task)).isEqualTo(Map.of("protectionFlag", true, "provisionStopped", false));
    verify(inquiries).supportMeasureChecked("inq-1", true);
  }

  @Test
  void aResidentWithoutOneIsNot() {
    national.registerResident("352063", ProvisionFixtures.PERSON.digits(), "0012345678", false);

    assertThat(worker.execute(task)).isEqualTo(Map.of("protectionFlag", false, "provisionStopped", false));
    verify(inquiries).supportMeasureChecked("inq-1", false);
  }

  @Test
  void aPersonWhoseProvisionWasStoppedIsSaidSoBesideTheSupportMeasure() {
    national.registerResident("352063", ProvisionFixtures.PERSON.digits(), "0012345678", false);
    when(inquiries.provisionStopped("inq-1")).thenReturn(true);

    assertThat(worker.execute(task)).isEqualTo(Map.of("protectionFlag", false, "provisionStopped", true));
  }

  @Test
  void somebodyTheRegistryDoesNotKnowIsNotProtectedAndTheLedgerDecidesTheRest() {
    assertThat(worker.execute(task)).isEqualTo(Map.of("protectionFlag", false, "provisionStopped", false));
    verify(inquiries).supportMeasureChecked("inq-1", false);
  }

  @Test
  void anUnavailableRegistryIsAFailureToRetryAndNothingIsNoted() {
    national.fault("registry", RegistryGateway.SUPPORT_MEASURE_LOOKUP, "UNAVAILABLE", 1);

    assertThatThrownBy(() -> worker.execute(task)).isInstanceOf(NationalSystemUnavailableException.class);
    verify(inquiries, never()).supportMeasureChecked(anyString(), anyBoolean());
  }

  @Test
  void anAnswerThatIsNotJsonIsAFailureToRetryAndNothingIsNoted() {
    RegistryCheckSupportMeasureWorker garbled = new RegistryCheckSupportMeasureWorker(inquiries, national.garbledRegistry());

    assertThatThrownBy(() -> garbled.execute(task))
        .isInstanceOf(NationalSystemUnavailableException.class)
        .hasMessageContaining("unreadable answer");
    verify(inquiries, never()).supportMeasureChecked(anyString(), anyBoolean());
  }
}
