package jp.vaccinationoffice.caseserver.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.vaccinationoffice.caseserver.support.DecisionTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;

/** 番号法第16条: which documents confirm both the number and the person. One row per rule and edge. */
class IdentityVerificationDecisionTest {

  static DecisionTables tables;

  @BeforeAll
  static void deploy() {
    tables = DecisionTables.deployed();
  }

  @AfterAll
  static void close() {
    tables.close();
  }

  @ParameterizedTest(name = "{0} + {1} -> {2} ({3})")
  @CsvSource({
      // rule no-number-document
      "NONE, MY_NUMBER_CARD, false, NO_NUMBER_DOCUMENT",
      "NONE, NONE, false, NO_NUMBER_DOCUMENT",
      // rule no-identity-document: NONE on the identity side fails, whatever the number document
      "MY_NUMBER_CARD, NONE, false, NO_IDENTITY_DOCUMENT",
      "NOTIFICATION_CARD, NONE, false, NO_IDENTITY_DOCUMENT",
      // rule my-number-card: the card alone does both
      "MY_NUMBER_CARD, MY_NUMBER_CARD, true, MY_NUMBER_CARD",
      "MY_NUMBER_CARD, PASSPORT, true, MY_NUMBER_CARD",
      // rule number-document-with-photo-id
      "NOTIFICATION_CARD, DRIVERS_LICENSE, true, NUMBER_DOCUMENT_WITH_PHOTO_ID",
      "RESIDENT_RECORD_WITH_NUMBER, PASSPORT, true, NUMBER_DOCUMENT_WITH_PHOTO_ID",
      "RESIDENT_RECORD_WITH_NUMBER, RESIDENCE_CARD, true, NUMBER_DOCUMENT_WITH_PHOTO_ID",
      // rule number-document-with-two-documents
      "NOTIFICATION_CARD, TWO_NON_PHOTO_DOCUMENTS, true, NUMBER_DOCUMENT_WITH_TWO_DOCUMENTS",
      "RESIDENT_RECORD_WITH_NUMBER, TWO_NON_PHOTO_DOCUMENTS, true, NUMBER_DOCUMENT_WITH_TWO_DOCUMENTS",
      // rule unknown-documents
      "HEALTH_INSURANCE_CARD, PASSPORT, false, UNKNOWN_DOCUMENTS",
      "NOTIFICATION_CARD, LIBRARY_CARD, false, UNKNOWN_DOCUMENTS"
  })
  void decides(String numberDocument, String identityDocument, boolean verified, String reason) {
    DmnDecisionResultEntries result = tables.evaluate("identity-verification",
        Map.of("numberDocument", numberDocument, "identityDocument", identityDocument)).getSingleResult();

    assertThat((Boolean) result.getEntry("verified")).isEqualTo(verified);
    assertThat((String) result.getEntry("reason")).isEqualTo(reason);
    assertThat((String) result.getEntry("legalBasis")).isEqualTo("番号法第16条");
  }
}
