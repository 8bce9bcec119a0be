package jp.vaccinationoffice.caseserver.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which client addresses are this machine; the server-level refusal is in CaseServerRunsTest. */
class SimulatorsLoopbackTest {

  @Test
  void everyLoopbackAddressAndNothingElseIsThisMachine() {
    assertThat(LoopbackOnlyFilter.isLoopback("127.0.0.1")).isTrue();
    assertThat(LoopbackOnlyFilter.isLoopback("127.0.0.2")).isTrue();
    assertThat(LoopbackOnlyFilter.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(LoopbackOnlyFilter.isLoopback("192.0.2.10")).isFalse();
    assertThat(LoopbackOnlyFilter.isLoopback("localhost")).as("names are never looked up").isFalse();
    assertThat(LoopbackOnlyFilter.isLoopback(null)).isFalse();
  }
}
