package jp.vaccinationoffice.caseserver.personalinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.vaccinationoffice.caseserver.letters.WithholdingGround;
import jp.vaccinationoffice.caseserver.modeleffects.TaskCompletion;
import jp.vaccinationoffice.caseserver.personalinfo.DecisionDraft.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.engine.BadUserRequestException;

/** A drafted decision read part by part from the draft form, and the drafts that do not fit the request. */
class DecisionDraftTest {

  private static final Set<Integer> FOUR_ITEMS = Set.of(1, 2, 3, 4);

  @Test
  void aPartialDisclosureWithholdsEachNamedItemOnTheGroundOfItsField() {
    assertThat(DecisionDraft.withheld("PARTIAL", FOUR_ITEMS, texts("withheldOtherIndividual", "2, 4",
        "withheldAdministrativeAffairs", "3")))
        .containsExactly(Map.entry(2, WithholdingGround.OTHER_INDIVIDUAL),
            Map.entry(3, WithholdingGround.ADMINISTRATIVE_AFFAIRS), Map.entry(4, WithholdingGround.OTHER_INDIVIDUAL));
  }

  @Test
  void aFullDisclosureWithholdsNothingWhateverAnEarlierDraftLeftInTheHiddenFields() {
    assertThat(DecisionDraft.withheld("FULL", FOUR_ITEMS, texts("withheldOtherIndividual", "2"))).isEmpty();
    assertThat(DecisionDraft.withheld("NOT_EXISTING", Set.of(), texts("withheldOrdinance", "1"))).isEmpty();
  }

  @Test
  void aNonDisclosureNamesEveryItemWithItsGround() {
    assertThat(DecisionDraft.withheld("NONE", Set.of(1, 2), texts("withheldDeliberation", "1",
        "withheldOrdinance", "2"))).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "PARTIAL | withheldOtherIndividual |  | 不開示とする項目の番号をその根拠の欄",
      "PARTIAL | withheldOtherIndividual | 9 | 項目9は収集した保有個人情報にありません",
      "PARTIAL | withheldOtherIndividual | 1,2,3,4 | 「不開示」を選んでください",
      "PARTIAL | withheldOtherIndividual | 1;2 | 「1,3」のように",
      "NONE | withheldOtherIndividual | 1,2 | 根拠のない項目：3,4",
      "NONE | withheldOtherIndividual |  | 根拠のない項目：1,2,3,4"})
  void aDisclosureWithholdingWithoutGroundOrAnUnknownItemIsRefused(String decision, String field, String items,
      String message) {
    assertThatThrownBy(() -> DecisionDraft.withheld(decision, FOUR_ITEMS, texts(field, items)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining(message);
  }

  @Test
  void oneItemUnderTwoGroundsIsRefused() {
    assertThatThrownBy(() -> DecisionDraft.withheld("PARTIAL", FOUR_ITEMS, texts("withheldOtherIndividual", "2",
        "withheldCorporation", "2"))).isInstanceOf(BadUserRequestException.class).hasMessageContaining("二つ");
  }

  @Test
  void aCorrectionGrantedInPartGrantsTheListedItemsAndRefusesTheOthersWithTheirReasons() {
    assertThat(DecisionDraft.correction("PARTLY_GRANTED", 3, texts("grantedItems", "2", "refusedNotAFact", "3")))
        .containsExactly(new Part("1", false, RefusalReason.NOT_FACTUAL), new Part("2", true, null),
            new Part("3", false, RefusalReason.NOT_A_FACT));
    assertThat(DecisionDraft.correction("GRANTED", 2, texts("refusedNotAFact", "1")))
        .containsExactly(new Part("1", true, null), new Part("2", true, null));
    assertThat(DecisionDraft.correction("REFUSED", 2, texts("grantedItems", "1", "refusedBeyondPurpose", "2")))
        .containsExactly(new Part("1", false, RefusalReason.NOT_FACTUAL),
            new Part("2", false, RefusalReason.BEYOND_PURPOSE));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "grantedItems | 3 | refusedNotFactual |  | 請求項目3はこの請求にありません",
      "grantedItems | 1 | refusedNotFactual | 1 | 二か所",
      "grantedItems |  | refusedNotFactual | 2 | 訂正する請求項目の番号を書き",
      "grantedItems | 1,2 | refusedNotFactual |  | 訂正しない項目を一つ以上残して",
      "grantedItems | 1 | refusedNotAFact | 5 | 請求項目5はこの請求にありません"})
  void aPartialCorrectionGrantingAnItemNotRequestedOrTwiceIsRefused(String grantedField, String granted,
      String refusedField, String refused, String message) {
    assertThatThrownBy(() -> DecisionDraft.correction("PARTLY_GRANTED", 2,
        texts(grantedField, granted, refusedField, refused)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining(message);
  }

  @Test
  void aSuspensionGrantedInPartTakesOnlyTheGrantedMeasures() {
    assertThat(DecisionDraft.suspension("PARTLY_GRANTED", List.of("STOP_PROVISION", "ERASE"),
        choices("stopProvisionDecision", "GRANTED", "eraseDecision", "SERIOUS_HINDRANCE")))
        .containsExactly(new Part("ERASE", false, RefusalReason.SERIOUS_HINDRANCE), new Part("STOP_PROVISION", true, null));
    assertThat(DecisionDraft.suspension("GRANTED", List.of("STOP_USE"), choices("eraseDecision", "GRANTED")))
        .containsExactly(new Part("STOP_USE", true, null));
    assertThat(DecisionDraft.suspension("REFUSED", List.of("STOP_USE"), choices()))
        .containsExactly(new Part("STOP_USE", false, RefusalReason.NO_VIOLATION));
  }

  @Test
  void aPartialSuspensionAnsweringAMeasureNotRequestedOrGrantingAllOrNoneIsRefused() {
    List<String> asked = List.of("STOP_PROVISION", "ERASE");
    assertThatThrownBy(() -> DecisionDraft.suspension("PARTLY_GRANTED", asked, choices("stopProvisionDecision",
        "GRANTED", "stopUseDecision", "GRANTED"))).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("「利用の停止」は請求されていません");
    assertThatThrownBy(() -> DecisionDraft.suspension("PARTLY_GRANTED", asked, choices("stopProvisionDecision",
        "GRANTED", "eraseDecision", "GRANTED"))).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("少なくとも一つ");
    assertThatThrownBy(() -> DecisionDraft.suspension("PARTLY_GRANTED", asked, choices()))
        .isInstanceOf(BadUserRequestException.class);
  }

  private static TaskCompletion texts(String... keysAndValues) {
    return new TaskCompletion("draft-decision", "DECISION_DRAFTED", "clerk", Map.of(), map(keysAndValues));
  }

  private static TaskCompletion choices(String... keysAndValues) {
    return new TaskCompletion("draft-decision", "DECISION_DRAFTED", "clerk", map(keysAndValues), Map.of());
  }

  private static Map<String, Object> map(String... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        map.put(keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return map;
  }
}
