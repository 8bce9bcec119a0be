package jp.vaccinationoffice.caseserver.suspensions;

import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.HOFU;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.UBE;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.doseId;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.newMyNumber;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.personWithTwoDoses;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.provided;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.vaccinationoffice.caseserver.corrections.DoseItem;
import jp.vaccinationoffice.caseserver.corrections.LedgerCorrections;
import jp.vaccinationoffice.caseserver.corrections.LedgerFixtures;
import jp.vaccinationoffice.caseserver.ledger.LedgerBulkWriter;
import jp.vaccinationoffice.caseserver.support.CaseStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Suspension measures on the case store (H2), without an engine. */
class ProcessingRestrictionsTest {

  static CaseStore store;
  static ProcessingRestrictions restrictions;

  String myNumber;
  String index;

  @BeforeAll
  static void caseStore() {
    store = CaseStore.h2(HOFU, UBE);
    restrictions = ProcessingRestrictionsOnStore.of(store);
  }


  @AfterAll
  static void close() {
    store.close();
  }

  @BeforeEach
  void person() {
    myNumber = newMyNumber();
    index = store.cipher.index(HOFU, myNumber);
  }

  @Test
  void aMeasureIsAppliedOncePerEffectKey() {
    Restriction first = apply(Measure.STOP_PROVISION, "request-1", "request-1:suspend");
    Restriction again = apply(Measure.STOP_PROVISION, "request-1", "request-1:suspend");

    assertThat(first.replayed()).isFalse();
    assertThat(again.replayed()).isTrue();
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(store.count("SELECT COUNT(*) FROM processing_restriction WHERE person_index = ?", index)).isEqualTo(1);
    assertThat(store.count("SELECT COUNT(*) FROM access_log WHERE subject_type = 'PROCESSING_RESTRICTION' AND subject_id = ?",
        String.valueOf(first.id()))).isEqualTo(1);
    assertThat(restrictions.isRestricted(HOFU, index, Measure.STOP_PROVISION)).isTrue();
    assertThat(restrictions.isRestricted(HOFU, index, Measure.STOP_USE)).isFalse();
    assertThat(restrictions.isRestricted(UBE, index, Measure.STOP_PROVISION)).as("another municipality").isFalse();
    assertThat(restrictions.isRestricted(HOFU, store.cipher.index(HOFU, newMyNumber()), Measure.STOP_PROVISION)).isFalse();
  }

  @Test
  void aMeasureAlreadyInForceThroughAnotherRequestChangesNothing() {
    Restriction first = apply(Measure.STOP_USE, "request-2", "request-2:suspend");
    Restriction second = apply(Measure.STOP_USE, "request-3", "request-3:suspend");

    assertThat(second.alreadyInForce()).isTrue();
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.requestId()).isEqualTo("request-2");
    assertThat(restrictions.inForce(HOFU, index)).extracting(Restriction::measure).containsExactly(Measure.STOP_USE);
    apply(Measure.STOP_PROVISION, "request-3", "request-3:provision");
    assertThat(restrictions.inForce(HOFU, index)).extracting(Restriction::measure)
        .containsExactly(Measure.STOP_USE, Measure.STOP_PROVISION);
  }

  @Test
  void erasureRemovesTheLedgerRecordsAndKeepsADeletionRecordAndTheProvisionRecords() {
    String personId = personWithTwoDoses(store, HOFU, myNumber);
    String neighbour = personWithTwoDoses(store, HOFU, newMyNumber());
    LedgerCorrections corrections = LedgerFixtures.corrections(store);
    store.inTransaction(() -> corrections.correctDose(HOFU, doseId(store, personId, 1), DoseItem.LOT_NUMBER, "FA9999", "c-1"));
    provided(store, HOFU, UBE, personId, "PROVIDED");

    Restriction erased = apply(Measure.ERASE, "request-4", "request-4:erase");
    Restriction again = apply(Measure.ERASE, "request-4", "request-4:erase");

    assertThat(erased.erasure()).satisfies(record -> {
      assertThat(record.ledgerPersonId()).isEqualTo(personId);
      assertThat(record.personsErased()).isEqualTo(1);
      assertThat(record.dosesErased()).isEqualTo(2);
      assertThat(record.correctionsErased()).isEqualTo(1);
      assertThat(record.requestId()).isEqualTo("request-4");
      assertThat(record.erasedAt()).isNotNull();
    });
    assertThat(again.replayed()).isTrue();
    assertThat(again.erasure()).isEqualTo(erased.erasure());
    assertThat(store.count("SELECT COUNT(*) FROM ledger_erasure WHERE person_index = ?", index)).isEqualTo(1);
    assertThat(store.count("SELECT COUNT(*) FROM ledger_person WHERE id = ?", personId)).isZero();
    assertThat(store.count("SELECT COUNT(*) FROM ledger_dose WHERE person_id = ?", personId)).isZero();
    assertThat(store.count("SELECT COUNT(*) FROM ledger_dose_correction WHERE person_id = ?", personId)).isZero();
    assertThat(store.count("SELECT COUNT(*) FROM provision_record WHERE ledger_person_id = ?", personId))
        .as("records of provision are kept (番号法第23条)").isEqualTo(1);
    assertThat(store.count("SELECT COUNT(*) FROM ledger_dose WHERE person_id = ?", neighbour)).isEqualTo(2);
    assertThat(store.count("SELECT COUNT(*) FROM access_log WHERE action = 'DELETE' AND subject_type = 'PERSON'"
        + " AND subject_id = ? AND justification = 'request:request-4'", personId)).isEqualTo(1);
    assertThat(restrictions.isRestricted(HOFU, index, Measure.ERASE)).isTrue();
    assertThat(new LedgerBulkWriter(store.jdbc, store.cipher).snapshot(HOFU).erased(index))
        .as("a later ledger import refuses the person").isTrue();
  }

  @Test
  void erasingAPersonTheLedgerDoesNotHoldLeavesAnEmptyDeletionRecord() {
    Restriction erased = apply(Measure.ERASE, "request-5", "request-5:erase");

    assertThat(erased.erasure().ledgerPersonId()).isNull();
    assertThat(erased.erasure().dosesErased()).isZero();
    assertThat(store.count("SELECT COUNT(*) FROM ledger_erasure WHERE effect_key = 'request-5:erase'")).isEqualTo(1);
  }

  @Test
  void incompleteArgumentsAreRefusedAndWriteNothing() {
    int before = store.count("SELECT COUNT(*) FROM processing_restriction");

    assertThatThrownBy(() -> restrictions.apply(HOFU, index, null, "r", "k")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> restrictions.apply(HOFU, " ", Measure.STOP_USE, "r", "k")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> restrictions.apply(HOFU, index, Measure.STOP_USE, null, "k")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> restrictions.apply(HOFU, index, Measure.STOP_USE, "r", "")).isInstanceOf(IllegalArgumentException.class);

    assertThat(store.count("SELECT COUNT(*) FROM processing_restriction")).isEqualTo(before);
  }

  private Restriction apply(Measure measure, String requestId, String effectKey) {
    return store.inTransaction(() -> restrictions.apply(HOFU, index, measure, requestId, effectKey));
  }
}
