package jp.vaccinationoffice.caseserver.corrections;

import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.CHIYODA;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.HOFU;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.UBE;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.doseId;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.newMyNumber;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.personWithTwoDoses;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.provided;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.caseserver.support.CaseStore;
import jp.vaccinationoffice.caseserver.support.StandaloneSimulators;
import jp.vaccinationoffice.workers.gateway.NationalSystemRejectedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A correction told to VRS and, through VRS, to every municipality the records were provided to. */
class CorrectionNoticesTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static CaseStore store;
  static StandaloneSimulators simulators;
  static LedgerCorrections corrections;
  static CorrectionNotices notices;

  String myNumber;
  String personId;
  long doseOne;

  @BeforeAll
  static void start() {
    store = CaseStore.h2(HOFU, UBE, CHIYODA);
    simulators = StandaloneSimulators.start();
    corrections = new LedgerCorrections(store.jdbc, store.cipher, store.accessLog, store.clock);
    notices = new CorrectionNotices(store.jdbc, store.cipher, simulators.vrs(store), store.accessLog, store.clock);
  }

  @AfterAll
  static void stop() {
    simulators.close();
    store.close();
  }

  @BeforeEach
  void person() {
    simulators.reset();
    myNumber = newMyNumber();
    personId = personWithTwoDoses(store, HOFU, myNumber);
    doseOne = doseId(store, personId, 1);
    seedVrs(HOFU);
  }

  @Test
  void vrsGetsTheCorrectionAndEveryRecipientOfTheRecordsANotice() throws Exception {
    provided(store, HOFU, UBE, personId, "PROVIDED");
    provided(store, HOFU, UBE, personId, "PROVIDED");
    provided(store, HOFU, CHIYODA, personId, "PROVIDED");
    seedVrs(UBE);
    DoseCorrection correction = store.inTransaction(
        () -> corrections.correctDose(HOFU, doseOne, DoseItem.LOT_NUMBER, "FA9999", "request-1:lot"));

    CorrectionNoticeReceipt receipt = store.inTransaction(
        () -> notices.notifyCorrection(HOFU, correction.correctionId(), "request-1:notice"));

    assertThat(receipt.sent()).isTrue();
    assertThat(receipt.notifiedMunicipalities()).containsExactly(CHIYODA, UBE);
    assertThat(vrsLots(HOFU)).containsExactly("FA9999", "FA5678");
    assertThat(vrsLots(UBE)).as("another partition is not touched").containsExactly("FA1234", "FA5678");
    JsonNode atUbe = get("/sim/vrs/municipalities/" + UBE + "/correction-notices");
    assertThat(atUbe).singleElement().satisfies(notice -> {
      assertThat(notice.path("fromMunicipalityCode").asText()).isEqualTo(HOFU);
      assertThat(notice.path("doseNumber").asInt()).isEqualTo(1);
      assertThat(notice.path("item").asText()).isEqualTo("LOT");
      assertThat(notice.path("correctionId").asText()).isEqualTo(receipt.vrsCorrectionId());
    });
    assertThat(get("/sim/vrs/municipalities/" + CHIYODA + "/correction-notices")).hasSize(1);
    assertThat(notices.notices(HOFU, correction.correctionId())).extracting(CorrectionNotices.RecordedNotice::recipient)
        .containsExactly("VRS", CHIYODA, UBE);
    assertThat(store.count("SELECT COUNT(*) FROM access_log WHERE action = 'EXPORT' AND subject_type = 'LEDGER_DOSE'"
        + " AND subject_id = ?", String.valueOf(doseOne))).isEqualTo(1);
  }

  @Test
  void onlyMunicipalitiesThatReceivedTheRecordsAreNotified() {
    provided(store, HOFU, UBE, personId, "REFUSED");
    provided(store, HOFU, CHIYODA, personId, "NOT_FOUND");
    DoseCorrection correction = store.inTransaction(
        () -> corrections.correctDose(HOFU, doseOne, DoseItem.VACCINATION_DATE, "2021-06-02", "request-2:date"));

    CorrectionNoticeReceipt receipt = store.inTransaction(
        () -> notices.notifyCorrection(HOFU, correction.correctionId(), "request-2:notice"));

    assertThat(receipt.notifiedMunicipalities()).isEmpty();
    assertThat(notices.notices(HOFU, correction.correctionId())).extracting(CorrectionNotices.RecordedNotice::recipient)
        .containsExactly("VRS");
    assertThat(vrsDates(HOFU)).containsExactly("2021-06-02", "2021-06-22");
  }

  @Test
  void theSameEffectKeyTwiceSendsOnce() throws Exception {
    provided(store, HOFU, UBE, personId, "PROVIDED");
    DoseCorrection correction = store.inTransaction(
        () -> corrections.correctDose(HOFU, doseOne, DoseItem.DOSE_NUMBER, "3", "request-3:number"));

    CorrectionNoticeReceipt first = store.inTransaction(
        () -> notices.notifyCorrection(HOFU, correction.correctionId(), "request-3:notice"));
    CorrectionNoticeReceipt again = store.inTransaction(
        () -> notices.notifyCorrection(HOFU, correction.correctionId(), "request-3:notice"));

    assertThat(again.replayed()).isTrue();
    assertThat(again.vrsCorrectionId()).isEqualTo(first.vrsCorrectionId());
    assertThat(again.notifiedMunicipalities()).containsExactly(UBE);
    assertThat(calls("CORRECT")).containsExactly("OK");
    assertThat(get("/sim/vrs/municipalities/" + UBE + "/correction-notices")).hasSize(1);
    assertThat(store.count("SELECT COUNT(*) FROM correction_notice WHERE effect_key = 'request-3:notice'")).isEqualTo(2);
  }

  @Test
  void aStepThatDiesAfterTheCallGetsVrssFirstAnswerWhenRetried() throws Exception {
    provided(store, HOFU, UBE, personId, "PROVIDED");
    DoseCorrection correction = store.inTransaction(
        () -> corrections.correctDose(HOFU, doseOne, DoseItem.LOT_NUMBER, "FA7777", "request-4:lot"));

    assertThatThrownBy(() -> store.inTransaction(() -> {
      notices.notifyCorrection(HOFU, correction.correctionId(), "request-4:notice");
      throw new IllegalStateException("the worker step died before it committed");
    })).hasMessageContaining("died");
    assertThat(store.count("SELECT COUNT(*) FROM correction_notice WHERE effect_key = 'request-4:notice'")).isZero();

    CorrectionNoticeReceipt retried = store.inTransaction(
        () -> notices.notifyCorrection(HOFU, correction.correctionId(), "request-4:notice"));

    assertThat(retried.notifiedMunicipalities()).containsExactly(UBE);
    assertThat(calls("CORRECT")).containsExactly("OK", "REPLAYED");
    assertThat(get("/sim/vrs/municipalities/" + UBE + "/correction-notices")).hasSize(1);
    assertThat(store.count("SELECT COUNT(*) FROM correction_notice WHERE effect_key = 'request-4:notice'")).isEqualTo(2);
  }

  @Test
  void anUnchangedValueNeedsNoNoticeAndADoseVrsDoesNotHoldIsRefused() {
    DoseCorrection unchanged = store.inTransaction(
        () -> corrections.correctDose(HOFU, doseOne, DoseItem.LOT_NUMBER, "FA1234", "request-5:lot"));
    assertThat(store.inTransaction(() -> notices.notifyCorrection(HOFU, unchanged.correctionId(), "request-5:notice")).sent())
        .isFalse();
    assertThat(calls("CORRECT")).isEmpty();

    simulators.reset();
    DoseCorrection notHeld = store.inTransaction(
        () -> corrections.correctDose(HOFU, doseOne, DoseItem.LOT_NUMBER, "FA4321", "request-6:lot"));
    assertThatThrownBy(() -> store.inTransaction(
        () -> notices.notifyCorrection(HOFU, notHeld.correctionId(), "request-6:notice")))
        .isInstanceOf(NationalSystemRejectedException.class)
        .hasMessageContaining("404")
        .hasMessageNotContaining(myNumber);
    assertThat(store.count("SELECT COUNT(*) FROM correction_notice WHERE effect_key = 'request-6:notice'")).isZero();
  }

  private void seedVrs(String municipality) {
    String body = """
        {"myNumber":"%s","familyName":"山田","givenName":"花子","birthDate":"1980-04-01","sex":"FEMALE",
         "doses":[{"doseNumber":1,"date":"2021-06-01","manufacturer":"ファイザー","product":"コミナティ筋注","lot":"FA1234"},
                  {"doseNumber":2,"date":"2021-06-22","manufacturer":"ファイザー","product":"コミナティ筋注","lot":"FA5678"}]}"""
        .formatted(myNumber);
    assertThat(simulators.http.postJson("/sim/vrs/municipalities/" + municipality + "/persons", body, null, null).statusCode())
        .isEqualTo(201);
  }

  private List<String> vrsLots(String municipality) {
    return vrsRecords(municipality, "lot");
  }

  private List<String> vrsDates(String municipality) {
    return vrsRecords(municipality, "date");
  }

  private List<String> vrsRecords(String municipality, String field) {
    try {
      JsonNode answer = JSON.readTree(simulators.http.postJson("/sim/vrs/municipalities/" + municipality + "/queries",
          "{\"myNumber\":\"" + myNumber + "\"}", null, null).body());
      List<String> values = new ArrayList<>();
      answer.path("records").forEach(record -> values.add(record.path(field).asText()));
      return values;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> calls(String operation) {
    List<String> outcomes = new ArrayList<>();
    get("/sim/vrs/calls?operation=" + operation).forEach(call -> outcomes.add(call.path("outcome").asText()));
    return outcomes;
  }

  private JsonNode get(String path) {
    try {
      return JSON.readTree(simulators.http.get(path).body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
