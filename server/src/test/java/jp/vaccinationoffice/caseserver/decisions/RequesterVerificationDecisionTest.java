package jp.vaccinationoffice.caseserver.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.vaccinationoffice.caseserver.support.DecisionTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;

/** 法第76条第2項、第77条第2項、番号法第30条: who may file a request and with which documents. One row per rule and edge. */
class RequesterVerificationDecisionTest {

  static DecisionTables tables;

  @BeforeAll
  static void deploy() {
    tables = DecisionTables.deployed();
  }

  @AfterAll
  static void close() {
    tables.close();
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} -> {4} ({5})")
  @CsvSource({
      // rule no-identity-document: whoever asks, without an identity document the office asks for one
      "SELF, NONE, NONE, NONE, AMEND, NO_IDENTITY_DOCUMENT",
      "AGENT, NONE, NONE, AUTHENTIC, AMEND, NO_IDENTITY_DOCUMENT",
      // rule self
      "SELF, MY_NUMBER_CARD, NONE, NONE, VERIFIED, SELF_WITH_IDENTITY_DOCUMENT",
      "SELF, TWO_DOCUMENTS, NONE, NONE, VERIFIED, SELF_WITH_IDENTITY_DOCUMENT",
      // rule legal-representative / legal-representative-unproven
      "LEGAL_REPRESENTATIVE, PASSPORT, ISSUED_WITHIN_30_DAYS, NONE, VERIFIED, REPRESENTATION_PROVEN",
      "LEGAL_REPRESENTATIVE, PASSPORT, ISSUED_EARLIER, NONE, AMEND, REPRESENTATION_NOT_PROVEN",
      "LEGAL_REPRESENTATIVE, PASSPORT, NONE, NONE, AMEND, REPRESENTATION_NOT_PROVEN",
      // rules agent, agent-no-power-of-attorney, agent-not-authentic
      "AGENT, DRIVERS_LICENSE, NONE, AUTHENTIC, VERIFIED, POWER_OF_ATTORNEY_AUTHENTIC",
      "AGENT, DRIVERS_LICENSE, NONE, NONE, AMEND, POWER_OF_ATTORNEY_MISSING",
      "AGENT, DRIVERS_LICENSE, NONE, NOT_AUTHENTIC, REFUSE, POWER_OF_ATTORNEY_NOT_AUTHENTIC",
      // rule unknown
      "NEIGHBOUR, DRIVERS_LICENSE, NONE, NONE, REFUSE, UNKNOWN_REQUESTER",
      "AGENT, DRIVERS_LICENSE, NONE, PHOTOCOPY, REFUSE, UNKNOWN_REQUESTER"
  })
  void decides(String relationship, String identityDocument, String representationProof, String powerOfAttorney,
      String outcome, String reason) {
    DmnDecisionResultEntries result = tables.evaluate("requester-verification", Map.of("relationship", relationship,
        "identityDocument", identityDocument, "representationProof", representationProof,
        "powerOfAttorney", powerOfAttorney)).getSingleResult();

    assertThat((String) result.getEntry("outcome")).isEqualTo(outcome);
    assertThat((String) result.getEntry("reason")).isEqualTo(reason);
    assertThat((String) result.getEntry("legalBasis")).contains("法");
  }
}
