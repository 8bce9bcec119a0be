package jp.vaccinationoffice.caseserver.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.vaccinationoffice.caseserver.support.DecisionTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;

/** 法第76条、第90条、第98条: 開示請求前置, the 90 days and the grounds the law allows. One row per rule and edge. */
class RequestAdmissibleDecisionTest {

  static DecisionTables tables;

  @BeforeAll
  static void deploy() {
    tables = DecisionTables.deployed();
  }

  @AfterAll
  static void close() {
    tables.close();
  }

  @ParameterizedTest(name = "{0} disclosed={1} days={2} {3} {4} -> {5} ({6})")
  @CsvSource({
      // rule disclosure
      "DISCLOSURE, false, 0, NONE, NONE, true, DISCLOSURE_REQUEST",
      // rule not-disclosed-before
      "CORRECTION, false, 0, NONE, NONE, false, NOT_DISCLOSED_BEFORE",
      "SUSPENSION, false, 0, STOP_USE, IMPROPER_USE, false, NOT_DISCLOSED_BEFORE",
      // rule period-expired: the 91st day is too late, the 90th is not
      "CORRECTION, true, 91, NONE, NONE, false, PERIOD_EXPIRED",
      "SUSPENSION, true, 120, STOP_PROVISION, UNLAWFUL_PROVISION, false, PERIOD_EXPIRED",
      // rule correction
      "CORRECTION, true, 90, NONE, NONE, true, CORRECTION_REQUEST",
      "CORRECTION, true, 0, NONE, NONE, true, CORRECTION_REQUEST",
      // rule stop-use
      "SUSPENSION, true, 10, STOP_USE, PURPOSE_OUTSIDE_USE, true, USE_UNLAWFUL",
      "SUSPENSION, true, 10, ERASE, UNLAWFUL_ACQUISITION, true, USE_UNLAWFUL",
      "SUSPENSION, true, 10, STOP_USE, MY_NUMBER_ACT_VIOLATION, true, USE_UNLAWFUL",
      // rule stop-provision
      "SUSPENSION, true, 10, STOP_PROVISION, UNLAWFUL_PROVISION, true, PROVISION_UNLAWFUL",
      "SUSPENSION, true, 10, STOP_PROVISION, MY_NUMBER_ACT_VIOLATION, true, PROVISION_UNLAWFUL",
      // rule ground-not-allowed: a ground that does not support the measure
      "SUSPENSION, true, 10, STOP_PROVISION, IMPROPER_USE, false, GROUND_NOT_ALLOWED",
      "SUSPENSION, true, 10, ERASE, UNLAWFUL_PROVISION, false, GROUND_NOT_ALLOWED"
  })
  void decides(String requestType, boolean disclosedBefore, int days, String measure, String ground,
      boolean admissible, String reason) {
    DmnDecisionResultEntries result = tables.evaluate("request-admissible", Map.of("requestType", requestType,
        "disclosedBefore", disclosedBefore, "daysSinceDisclosure", days, "measure", measure, "ground", ground))
        .getSingleResult();

    assertThat((Boolean) result.getEntry("admissible")).isEqualTo(admissible);
    assertThat((String) result.getEntry("reason")).isEqualTo(reason);
  }
}
