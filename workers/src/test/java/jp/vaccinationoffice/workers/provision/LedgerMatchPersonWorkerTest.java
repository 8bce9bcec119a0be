package jp.vaccinationoffice.workers.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

class LedgerMatchPersonWorkerTest {

  ProvisionCaseStore inquiries = mock(ProvisionCaseStore.class);
  LedgerMatchPersonWorker worker = new LedgerMatchPersonWorker(inquiries);

  @Test
  void aPersonInTheLedgerIsFound() {
    when(inquiries.matchLedgerPerson("inq-1")).thenReturn(Optional.of("person-7"));

    assertThat(worker.execute(ProvisionFixtures.task("inq-1", "match-ledger"))).isEqualTo(Map.of("personFound", true));
  }

  @Test
  void nobodyInTheLedgerIsAnOutcomeForTheGatewayNotAnError() {
    when(inquiries.matchLedgerPerson("inq-1")).thenReturn(Optional.empty());

    assertThat(worker.execute(ProvisionFixtures.task("inq-1", "match-ledger"))).isEqualTo(Map.of("personFound", false));
  }

  @Test
  void aDatabaseFaultIsAFailureToRetry() {
    when(inquiries.matchLedgerPerson("inq-1")).thenThrow(new QueryTimeoutException("ledger_person"));

    assertThatThrownBy(() -> worker.execute(ProvisionFixtures.task("inq-1", "match-ledger")))
        .isInstanceOf(QueryTimeoutException.class);
  }
}
