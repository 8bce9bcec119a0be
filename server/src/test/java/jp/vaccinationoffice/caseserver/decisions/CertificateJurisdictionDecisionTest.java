package jp.vaccinationoffice.caseserver.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.vaccinationoffice.caseserver.support.DecisionTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;

/** A certificate covers the doses given while the person lived here; the rest names where to apply. */
class CertificateJurisdictionDecisionTest {

  static DecisionTables tables;

  @BeforeAll
  static void deploy() {
    tables = DecisionTables.deployed();
  }

  @AfterAll
  static void close() {
    tables.close();
  }

  @ParameterizedTest(name = "{0} here, {1} elsewhere -> {3}")
  @CsvSource(nullValues = "NULL", value = {
      // rule all-doses-here
      "3, 0, true, ALL_DOSES, NULL",
      "1, 0, true, ALL_DOSES, NULL",
      // rule some-doses-elsewhere
      "1, 2, true, DOSES_GIVEN_HERE, 352021",
      // rule all-doses-elsewhere
      "0, 2, false, DOSES_GIVEN_ELSEWHERE, 352021",
      // rule no-doses
      "0, 0, false, NO_DOSES_RECORDED, NULL"
  })
  void decides(int here, int elsewhere, boolean certify, String scope, String applyTo) {
    DmnDecisionResultEntries result = tables.evaluate("certificate-jurisdiction", Map.of("dosesHere", here,
        "dosesElsewhere", elsewhere, "elsewhereMunicipalityCode", elsewhere > 0 ? "352021" : "")).getSingleResult();

    assertThat((Boolean) result.getEntry("certify")).isEqualTo(certify);
    assertThat((String) result.getEntry("scope")).isEqualTo(scope);
    assertThat((String) result.getEntry("applyTo")).isEqualTo(applyTo);
    assertThat((String) result.getEntry("legalBasis")).isEqualTo("予防接種法施行規則");
  }
}
