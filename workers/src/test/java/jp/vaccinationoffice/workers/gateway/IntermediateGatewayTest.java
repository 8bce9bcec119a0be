package jp.vaccinationoffice.workers.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import jp.vaccinationoffice.workers.gateway.intermediate.IntermediateGateway;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionRecord;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionRecordReceipt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntermediateGatewayTest extends GatewayTest {

  private static final Instant AT = Instant.parse("2024-05-01T09:30:00Z");

  private IntermediateGateway intermediate;

  @BeforeEach
  void gateway() {
    intermediate = new IntermediateGateway(client(NationalSystem.INTERMEDIATE, "intermediate"), calls);
  }

  @Test
  void recordsAProvisionOnceEvenWhenRetried() {
    ProvisionRecord record = new ProvisionRecord("inq-1", HOFU, UBE, ProvisionOutcome.PROVIDED, List.of("VACCINATION_RECORDS"),
        "番号法第19条第16号", "provision-permitted", 2, "supervisor", AT);
    CallScope scope = newScope("record-provision");

    ProvisionRecordReceipt first = intermediate.recordProvision(scope, record);
    ProvisionRecordReceipt retried = intermediate.recordProvision(scope, record);

    assertThat(retried).isEqualTo(first);
    assertThat(first.inquiryId()).isEqualTo("inq-1");
    var stored = simulators.get("/intermediate/provision-records?municipalityCode=" + UBE.value());
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).path("legalBasis").asText()).isEqualTo("番号法第19条第16号");
    assertThat(stored.get(0).path("decisionVersion").asInt()).isEqualTo(2);
    assertThat(stored.get(0).path("at").asText()).isEqualTo("2024-05-01T09:30:00Z");
    assertThat(simulators.outcomes("intermediate", "RECORD_PROVISION")).containsExactly("OK", "REPLAYED");
    assertThat(keys.find(IdempotencyKeys.derive(scope, NationalSystem.INTERMEDIATE, IntermediateGateway.RECORD_PROVISION))
        .orElseThrow().outcome()).isEqualTo("RECORDED");
  }

  @Test
  void anIncompleteRecordIsRejected() {
    ProvisionRecord noLegalBasis = new ProvisionRecord("inq-2", HOFU, UBE, ProvisionOutcome.REFUSED, List.of(),
        null, "provision-permitted", 2, "supervisor", AT);

    assertThatThrownBy(() -> intermediate.recordProvision(newScope("record-provision"), noLegalBasis))
        .isInstanceOf(NationalSystemRejectedException.class)
        .hasMessage("INTERMEDIATE RECORD_PROVISION rejected: HTTP 400 Invalid request: legalBasis is required");
  }
}
