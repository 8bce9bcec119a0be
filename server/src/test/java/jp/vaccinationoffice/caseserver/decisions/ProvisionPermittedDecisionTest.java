package jp.vaccinationoffice.caseserver.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import jp.vaccinationoffice.caseserver.support.DecisionTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;

/** 照会許可照会リスト: which inquiries and provisions the law permits, and on which basis. */
class ProvisionPermittedDecisionTest {

  static DecisionTables tables;

  @BeforeAll
  static void deploy() {
    tables = DecisionTables.deployed();
  }

  @AfterAll
  static void close() {
    tables.close();
  }

  @ParameterizedTest(name = "{0} {1} via {2}, consent {3}, identity {4}, protected {5}, stopped {6} -> {7}")
  @CsvSource({
      // rule contractor-channel
      "INQUIRY, MOVE_IN_RECORDS, CONTRACTOR, CONFIRMED, VERIFIED, false, false, false, 該当なし, false",
      "PROVISION, MOVE_OUT_RECORDS, CONTRACTOR, , , true, false, false, 該当なし, false",
      // rule provision-stopped: a stop of provision refuses every provision, also of a protected resident
      "PROVISION, MOVE_OUT_RECORDS, VRS, , , false, true, false, 提供停止 (個人情報保護法第100条), false",
      "PROVISION, MOVE_OUT_RECORDS, VRS, , , true, true, false, 提供停止 (個人情報保護法第100条), false",
      "PROVISION, MOVE_OUT_RECORDS, INFORMATION_PROVISION_NETWORK, , , false, true, false, 提供停止 (個人情報保護法第100条), false",
      // a stop of provision does not touch this office's own inquiries
      "INQUIRY, MOVE_IN_RECORDS, VRS, CONFIRMED, VERIFIED, false, true, true, 番号法第19条第16号, false",
      // rule move-in-inquiry-through-vrs
      "INQUIRY, MOVE_IN_RECORDS, VRS, CONFIRMED, VERIFIED, false, false, true, 番号法第19条第16号, false",
      // without consent or identity the move-in inquiry falls to anything-else
      "INQUIRY, MOVE_IN_RECORDS, VRS, NOT_GIVEN, VERIFIED, false, false, false, 該当なし, false",
      "INQUIRY, MOVE_IN_RECORDS, VRS, CONFIRMED, NOT_VERIFIED, false, false, false, 該当なし, false",
      // rule move-out-provision-protected
      "PROVISION, MOVE_OUT_RECORDS, VRS, , , true, false, true, 番号法第19条第16号, true",
      // rule move-out-provision
      "PROVISION, MOVE_OUT_RECORDS, VRS, , , false, false, true, 番号法第19条第16号, false",
      // rule network-records-exchange
      "INQUIRY, MOVE_IN_RECORDS, INFORMATION_PROVISION_NETWORK, , , false, false, true, 番号法第19条第8号, false",
      "PROVISION, MOVE_OUT_RECORDS, INFORMATION_PROVISION_NETWORK, , , true, false, true, 番号法第19条第8号, false",
      // rule anything-else
      "PROVISION, MARKETING, VRS, , , false, false, false, 該当なし, false",
      "INQUIRY, MOVE_OUT_RECORDS, VRS, CONFIRMED, VERIFIED, false, false, false, 該当なし, false"
  })
  void decides(String direction, String purpose, String channel, String consentStatus, String identityStatus,
      boolean protectionFlag, boolean provisionStopped, boolean permitted, String legalBasis, boolean requiresApproval) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("direction", direction);
    inputs.put("purpose", purpose);
    inputs.put("channel", channel);
    inputs.put("consentStatus", consentStatus);
    inputs.put("identityStatus", identityStatus);
    inputs.put("protectionFlag", protectionFlag);
    inputs.put("provisionStopped", provisionStopped);

    DmnDecisionResultEntries result = tables.evaluate("provision-permitted", inputs).getSingleResult();

    assertThat((Boolean) result.getEntry("permitted")).isEqualTo(permitted);
    assertThat((String) result.getEntry("legalBasis")).isEqualTo(legalBasis);
    assertThat((Boolean) result.getEntry("requiresApproval")).isEqualTo(requiresApproval);
  }

  /** The move-in process asks before any stop of provision could matter and gives no such input. */
  @Test
  void aMoveInInquiryIsDecidedWithoutAProvisionStopInput() {
    Map<String, Object> inputs = new HashMap<>(Map.of("direction", "INQUIRY", "purpose", "MOVE_IN_RECORDS",
        "channel", "VRS", "consentStatus", "CONFIRMED", "identityStatus", "VERIFIED", "protectionFlag", false));

    DmnDecisionResultEntries result = tables.evaluate("provision-permitted", inputs).getSingleResult();

    assertThat((Boolean) result.getEntry("permitted")).isTrue();
  }
}
