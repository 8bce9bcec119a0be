package jp.vaccinationoffice.caseserver.corrections;

import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.HOFU;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.UBE;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.doseId;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.newMyNumber;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.personWithTwoDoses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.support.CaseStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Corrections of ledger doses on the case store (H2), without an engine. */
class LedgerCorrectionsTest {

  static CaseStore store;
  static LedgerCorrections corrections;

  String personId;
  long doseOne;

  @BeforeAll
  static void caseStore() {
    store = CaseStore.h2(HOFU, UBE);
    corrections = new LedgerCorrections(store.jdbc, store.cipher, store.accessLog, store.clock);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @BeforeEach
  void person() {
    personId = personWithTwoDoses(store, HOFU, newMyNumber());
    doseOne = doseId(store, personId, 1);
  }

  @Test
  void correctsTheDoseAndKeepsTheOldValueSealedInItsHistory() {
    int logged = store.count("SELECT COUNT(*) FROM access_log WHERE subject_type = 'LEDGER_DOSE'");

    DoseCorrection correction = store.inTransaction(
        () -> corrections.correctDose(HOFU, doseOne, DoseItem.LOT_NUMBER, " FA9999 ", "request-1:lot"));

    assertThat(correction.oldValue()).isEqualTo("FA1234");
    assertThat(correction.newValue()).isEqualTo("FA9999");
    assertThat(correction.changed()).isTrue();
    assertThat(correction.replayed()).isFalse();
    assertThat(lot(doseOne)).isEqualTo("FA9999");
    assertThat(lot(doseId(store, personId, 2))).isEqualTo("FA5678");
    Map<String, Object> row = store.jdbc.queryForMap("SELECT * FROM ledger_dose_correction WHERE id = ?",
        correction.correctionId());
    assertThat((String) row.get("old_value_sealed")).startsWith("v1.").doesNotContain("FA1234");
    assertThat((String) row.get("new_value_sealed")).startsWith("v1.").doesNotContain("FA9999");
    assertThat(((Number) row.get("dose_number")).intValue()).isEqualTo(1);
    assertThat(store.cipher.open(HOFU, (String) row.get("old_value_sealed"))).isEqualTo("FA1234");
    assertThat(store.count("SELECT COUNT(*) FROM access_log WHERE subject_type = 'LEDGER_DOSE' AND action = 'UPDATE'"
        + " AND subject_id = ? AND justification = 'effect:request-1:lot'", String.valueOf(doseOne))).isEqualTo(1);
    assertThat(store.count("SELECT COUNT(*) FROM access_log WHERE subject_type = 'LEDGER_DOSE'")).isEqualTo(logged + 1);
  }

  @Test
  void theSameEffectKeyTwiceCorrectsOnce() {
    DoseCorrection first = store.inTransaction(
        () -> corrections.correctDose(HOFU, doseOne, DoseItem.VACCINATION_DATE, "2021-06-02", "request-2:date"));
    DoseCorrection again = store.inTransaction(
        () -> corrections.correctDose(HOFU, doseOne, DoseItem.VACCINATION_DATE, "2021-06-03", "request-2:date"));

    assertThat(again.replayed()).isTrue();
    assertThat(again.correctionId()).isEqualTo(first.correctionId());
    assertThat(again.newValue()).isEqualTo("2021-06-02");
    assertThat(again.oldValue()).isEqualTo("2021-06-01");
    assertThat(store.jdbc.queryForObject("SELECT vaccinated_on FROM ledger_dose WHERE id = ?", LocalDate.class, doseOne))
        .isEqualTo(LocalDate.of(2021, 6, 2));
    assertThat(store.count("SELECT COUNT(*) FROM ledger_dose_correction WHERE dose_id = ?", doseOne)).isEqualTo(1);
    assertThat(store.count("SELECT COUNT(*) FROM access_log WHERE subject_type = 'LEDGER_DOSE' AND action = 'UPDATE'"
        + " AND subject_id = ?", String.valueOf(doseOne))).isEqualTo(1);
  }

  @Test
  void everyCorrectionStaysInTheHistoryInOrder() {
    store.inTransaction(() -> corrections.correctDose(HOFU, doseOne, DoseItem.PRODUCT, "スパイクバックス筋注", "r3:1"));
    store.inTransaction(() -> corrections.correctDose(HOFU, doseOne, DoseItem.MANUFACTURER, "モデルナ", "r3:2"));
    store.inTransaction(() -> corrections.correctDose(HOFU, doseOne, DoseItem.PRODUCT, "コミナティ筋注", "r4:1"));

    List<DoseCorrection> history = store.inTransaction(() -> corrections.history(HOFU, doseOne));

    assertThat(history).extracting(DoseCorrection::item, DoseCorrection::oldValue, DoseCorrection::newValue).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DoseItem.PRODUCT, "コミナティ筋注", "スパイクバックス筋注"),
        org.assertj.core.groups.Tuple.tuple(DoseItem.MANUFACTURER, "ファイザー", "モデルナ"),
        org.assertj.core.groups.Tuple.tuple(DoseItem.PRODUCT, "スパイクバックス筋注", "コミナティ筋注"));
    assertThat(store.inTransaction(() -> corrections.history(UBE, doseOne))).isEmpty();
  }

  @Test
  void aValueEqualToTheLedgersIsRecordedAsUnchanged() {
    DoseCorrection same = store.inTransaction(
        () -> corrections.correctDose(HOFU, doseOne, DoseItem.LOT_NUMBER, "FA1234", "request-5:lot"));

    assertThat(same.changed()).isFalse();
    assertThat(store.count("SELECT COUNT(*) FROM ledger_dose_correction WHERE effect_key = 'request-5:lot' AND changed = FALSE"))
        .isEqualTo(1);
  }

  @Test
  void aDoseNumberMovesTheDoseOnlyToAFreeNumber() {
    long doseTwo = doseId(store, personId, 2);
    assertThatThrownBy(() -> store.inTransaction(
        () -> corrections.correctDose(HOFU, doseTwo, DoseItem.DOSE_NUMBER, "1", "request-6:number")))
        .isInstanceOfSatisfying(DoseCorrectionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(DoseCorrectionRefused.Reason.DOSE_NUMBER_TAKEN));

    DoseCorrection moved = store.inTransaction(
        () -> corrections.correctDose(HOFU, doseTwo, DoseItem.DOSE_NUMBER, "3", "request-7:number"));

    assertThat(moved.oldValue()).isEqualTo("2");
    assertThat(doseId(store, personId, 3)).isEqualTo(doseTwo);
    assertThat(store.count("SELECT COUNT(*) FROM ledger_dose_correction WHERE effect_key = 'request-6:number'")).isZero();
  }

  @Test
  void refusalsNameTheItemAndChangeNothing() {
    assertRefused(UBE, doseOne, DoseItem.LOT_NUMBER, "FA9999", DoseCorrectionRefused.Reason.DOSE_NOT_FOUND);
    assertRefused(HOFU, -1, DoseItem.LOT_NUMBER, "FA9999", DoseCorrectionRefused.Reason.DOSE_NOT_FOUND);
    assertRefused(HOFU, doseOne, DoseItem.VACCINATION_DATE, "2021/06/01", DoseCorrectionRefused.Reason.INVALID_VALUE);
    assertRefused(HOFU, doseOne, DoseItem.VACCINATION_DATE, LocalDate.now().plusDays(2).toString(),
        DoseCorrectionRefused.Reason.INVALID_VALUE);
    assertRefused(HOFU, doseOne, DoseItem.DOSE_NUMBER, "8", DoseCorrectionRefused.Reason.INVALID_VALUE);
    assertRefused(HOFU, doseOne, DoseItem.LOT_NUMBER, "  ", DoseCorrectionRefused.Reason.INVALID_VALUE);
    assertRefused(HOFU, doseOne, DoseItem.LOT_NUMBER, "FA\u202E1234", DoseCorrectionRefused.Reason.INVALID_VALUE);
    assertRefused(HOFU, doseOne, DoseItem.LOT_NUMBER, "X".repeat(51), DoseCorrectionRefused.Reason.INVALID_VALUE);
    assertThatThrownBy(() -> corrections.correctDose(HOFU, doseOne, DoseItem.LOT_NUMBER, "FA9999", " "))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(lot(doseOne)).isEqualTo("FA1234");
    assertThat(store.count("SELECT COUNT(*) FROM ledger_dose_correction WHERE dose_id = ?", doseOne)).isZero();
  }

  private void assertRefused(String municipality, long doseId, DoseItem item, String value, DoseCorrectionRefused.Reason reason) {
    assertThatThrownBy(() -> store.inTransaction(() -> corrections.correctDose(municipality, doseId, item, value, "refused")))
        .isInstanceOfSatisfying(DoseCorrectionRefused.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          if (!value.isBlank()) {
            assertThat(e.getMessage()).doesNotContain(value);
          }
        });
  }

  private String lot(long doseId) {
    return store.jdbc.queryForObject("SELECT lot FROM ledger_dose WHERE id = ?", String.class, doseId);
  }
}
