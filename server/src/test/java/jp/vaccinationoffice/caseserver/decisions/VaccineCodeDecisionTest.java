package jp.vaccinationoffice.caseserver.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.vaccinationoffice.caseserver.support.DecisionTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;

/** Product and maker to the CDC's CVX code: one row per rule, and what the table must not guess. */
class VaccineCodeDecisionTest {

  static DecisionTables tables;

  @BeforeAll
  static void deploy() {
    tables = DecisionTables.deployed();
  }

  @AfterAll
  static void close() {
    tables.close();
  }

  @ParameterizedTest(name = "{0} / {1} -> CVX {2}")
  @CsvSource({
      "ファイザー, コミナティ筋注, 208, Pfizer/BioNTech",
      "Pfizer, コミナティ, 208, Pfizer/BioNTech",
      "ファイザー, コミナティRTU筋注（2価：起源株/オミクロン株BA.4-5）, 300, Pfizer/BioNTech",
      "ファイザー, コミナティ筋注（2価：起源株/オミクロン株BA.1）, 300, Pfizer/BioNTech",
      "ファイザー, コミナティ筋注シリンジ12歳以上用（1価：オミクロン株XBB.1.5）, 309, Pfizer/BioNTech",
      "モデルナ, スパイクバックス筋注, 207, Moderna",
      "武田薬品工業株式会社, COVID-19ワクチンモデルナ筋注, 207, Moderna",
      "モデルナ, スパイクバックス筋注（2価：起源株/オミクロン株BA.4-5）, 229, Moderna",
      "モデルナ, スパイクバックス筋注（1価：オミクロン株XBB.1.5）, 312, Moderna",
      "アストラゼネカ, バキスゼブリア筋注, 210, AstraZeneca",
      "武田薬品工業, ヌバキソビッド筋注, 211, Novavax",
      "武田薬品工業, ヌバキソビッド筋注（1価：オミクロン株XBB.1.5）, 313, Novavax"
  })
  void knownProductsHaveTheirCvxCode(String manufacturer, String product, String cvx, String manufacturerEn) {
    DmnDecisionResultEntries result = evaluate(manufacturer, product);

    assertThat((Boolean) result.getEntry("known")).isTrue();
    assertThat((String) result.getEntry("cvxCode")).isEqualTo(cvx);
    assertThat((String) result.getEntry("manufacturerEn")).isEqualTo(manufacturerEn);
    assertThat((String) result.getEntry("vaccineNameEn")).isNotBlank();
  }

  @ParameterizedTest(name = "{0} / {1} is not guessed")
  @CsvSource({
      // a product the table does not list
      "ファイザー, コミナティ筋注6ヵ月～4歳用",
      // a known product under a maker that does not make it
      "モデルナ, コミナティ筋注",
      "不明, 不明"
  })
  void anUnknownProductGetsNoCode(String manufacturer, String product) {
    DmnDecisionResultEntries result = evaluate(manufacturer, product);

    assertThat((Boolean) result.getEntry("known")).isFalse();
    assertThat((String) result.getEntry("cvxCode")).isNull();
  }

  @Test
  void aMissingProductIsUnknownToo() {
    DmnDecisionResultEntries result = tables.evaluate("vaccine-code",
        java.util.Collections.singletonMap("manufacturer", "ファイザー")).getSingleResult();
    assertThat((Boolean) result.getEntry("known")).isFalse();
  }

  private static DmnDecisionResultEntries evaluate(String manufacturer, String product) {
    return tables.evaluate("vaccine-code", Map.of("manufacturer", manufacturer, "product", product)).getSingleResult();
  }
}
