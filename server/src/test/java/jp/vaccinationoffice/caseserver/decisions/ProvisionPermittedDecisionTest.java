package jp.vaccinationoffice.caseserver.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import jp.vaccinationoffice.caseserver.support.DecisionTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

  @ParameterizedTest(name = "{0} {1} via {2}, consent {3}, identity {4}, protected {5} -> {6}")
  @CsvSource({
      // rule contractor-channel
      "INQUIRY, MOVE_IN_RECORDS, CONTRACTOR, CONFIRMED, VERIFIED, false, false, 該当なし, false",
      "PROVISION, MOVE_OUT_RECORDS, CONTRACTOR, , , true, false, 該当なし, false",
      // rule move-in-inquiry-through-vrs
      "INQUIRY, MOVE_IN_RECORDS, VRS, CONFIRMED, VERIFIED, false, true, 番号法第19条第16号, false",
      // without consent or identity the move-in inquiry falls to anything-else
      "INQUIRY, MOVE_IN_RECORDS, VRS, NOT_GIVEN, VERIFIED, false, false, 該当なし, false",
      "INQUIRY, MOVE_IN_RECORDS, VRS, CONFIRMED, NOT_VERIFIED, false, false, 該当なし, false",
      // rule move-out-provision-protected
      "PROVISION, MOVE_OUT_RECORDS, VRS, , , true, true, 番号法第19条第16号, true",
      // rule move-out-provision
      "PROVISION, MOVE_OUT_RECORDS, VRS, , , false, true, 番号法第19条第16号, false",
      // rule network-records-exchange
      "INQUIRY, MOVE_IN_RECORDS, INFORMATION_PROVISION_NETWORK, , , false, true, 番号法第19条第8号, false",
      "PROVISION, MOVE_OUT_RECORDS, INFORMATION_PROVISION_NETWORK, , , true, true, 番号法第19条第8号, false",
      // rule anything-else
      "PROVISION, MARKETING, VRS, , , false, false, 該当なし, false",
      "INQUIRY, MOVE_OUT_RECORDS, VRS, CONFIRMED, VERIFIED, false, false, 該当なし, false"
  })
  void decides(String direction, String purpose, String channel, String consentStatus, String identityStatus,
      boolean protectionFlag, boolean permitted, String legalBasis, boolean requiresApproval) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("direction", direction);
    inputs.put("purpose", purpose);
    inputs.put("channel", channel);
    inputs.put("consentStatus", consentStatus);
    inputs.put("identityStatus", identityStatus);
    inputs.put("protectionFlag", protectionFlag);

    DmnDecisionResultEntries result = tables.evaluate("provision-permitted", inputs).getSingleResult();

    assertThat((Boolean) result.getEntry("permitted")).isEqualTo(permitted);
    assertThat((String) result.getEntry("legalBasis")).isEqualTo(legalBasis);
    assertThat((Boolean) result.getEntry("requiresApproval")).isEqualTo(requiresApproval);
  }
}
