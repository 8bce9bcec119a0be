package jp.vaccinationoffice.caseserver.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The same decisions through the engine's own FEEL and through {@link ParsedOnceFeelEngine}: the
 * same results for every input, the same error for text that does not parse, and each text parsed
 * once however often it is evaluated.
 */
class ParsedOnceFeelEngineTest {

  private static final String TABLE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="feel-check" name="FEEL" namespace="office">
        <decision id="dose-check" name="接種確認">
          <decisionTable id="table" hitPolicy="COLLECT">
            <input id="dose" label="回数"><inputExpression typeRef="integer"><text>doseNumber</text></inputExpression></input>
            <input id="product" label="製品"><inputExpression typeRef="string"><text>product</text></inputExpression></input>
            <input id="date" label="接種日"><inputExpression><text>date(vaccinatedOn)</text></inputExpression></input>
            <input id="code" label="市町村"><inputExpression typeRef="string"><text>substring(municipalityCode, 1, 2)</text></inputExpression></input>
            <output id="rule" name="rule" typeRef="string"/>
            <rule id="r1"><inputEntry><text>[1..2]</text></inputEntry><inputEntry><text>"ファイザー","モデルナ"</text></inputEntry>
              <inputEntry><text>&lt; date("2022-01-01")</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>"early"</text></outputEntry></rule>
            <rule id="r2"><inputEntry><text>&gt;= 3</text></inputEntry><inputEntry><text>not("ノババックス")</text></inputEntry>
              <inputEntry><text>-</text></inputEntry><inputEntry><text>"35"</text></inputEntry><outputEntry><text>"booster in 山口"</text></outputEntry></rule>
            <rule id="r3"><inputEntry><text>-</text></inputEntry><inputEntry><text>-</text></inputEntry>
              <inputEntry><text>[date("2021-06-01")..date("2021-12-31")]</text></inputEntry><inputEntry><text>-</text></inputEntry>
              <outputEntry><text>"second half of " + string(date(vaccinatedOn).year)</text></outputEntry></rule>
            <rule id="r4"><inputEntry><text>doseNumber &gt; 4 and product = "モデルナ"</text></inputEntry><inputEntry><text>-</text></inputEntry>
              <inputEntry><text>-</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>"many"</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  @Test
  void everyInputGetsTheResultOfTheEnginesOwnFeel() {
    Runs stock = new Runs(engine(null));
    ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(List.of());
    Runs ours = new Runs(engine(parsedOnce));

    int compared = sameRulesForEveryInput(stock, ours);
    List<String> parsedAfterFirstPass = parsedOnce.parsedTexts();
    compared += sameRulesForEveryInput(stock, ours);
    assertThat(compared).isEqualTo(560);
    assertThat(stock.rules(Map.of("doseNumber", 3, "product", "モデルナ", "vaccinatedOn", "2021-07-01",
        "municipalityCode", "352063"))).containsExactly("booster in 山口", "second half of 2021");
    assertThat(parsedOnce.parsedTexts()).as("each distinct text parsed and kept once")
        .containsAll(List.of("doseNumber", "date(vaccinatedOn)", "[1..2]", "not(\"ノババックス\")", "\"many\""))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(parsedAfterFirstPass);
  }

  @Test
  void anEntryThatDoesNotParseFailsAsWithTheEnginesOwnFeel() {
    String broken = TABLE.replace("<text>&gt;= 3</text>", "<text>&gt;= &gt;= 3</text>");
    Map<String, Object> variables = Map.of("doseNumber", 3, "product", "モデルナ", "vaccinatedOn", "2022-02-02",
        "municipalityCode", "352063");
    ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(List.of());

    Throwable stockFailure = catchThrowable(() -> new Runs(engine(null), broken).rules(variables));
    assertThat(stockFailure).isNotNull();
    assertThatThrownBy(() -> new Runs(engine(parsedOnce), broken).rules(variables))
        .isInstanceOf(stockFailure.getClass()).hasMessage(stockFailure.getMessage());
  }

  @Test
  void aLiteralExpressionIsEvaluatedWithTheCasesVariables() {
    ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(List.of());
    VariableContext variables = Variables.createVariables().putValue("doses", List.of(1, 2, 3)).asVariableContext();

    for (int i = 0; i < 3; i++) {
      Object count = parsedOnce.evaluateSimpleExpression("count(doses) + 1", variables);
      assertThat(count).isEqualTo(4L);
    }
    assertThat(parsedOnce.parsedTexts()).containsExactly("count(doses) + 1");
    assertThat((Object) parsedOnce.evaluateSimpleExpression("date(\"2021-06-01\")", variables))
        .isEqualTo(LocalDate.of(2021, 6, 1));
  }

  private static int sameRulesForEveryInput(Runs stock, Runs ours) {
    int compared = 0;
    for (int dose = 0; dose <= 6; dose++) {
      for (String product : List.of("ファイザー", "モデルナ", "ノババックス", "")) {
        for (String date : List.of("2021-03-01", "2021-06-01", "2021-12-31", "2022-01-01", "2023-05-05")) {
          for (String municipality : List.of("352063", "131016")) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("doseNumber", dose);
            variables.put("product", product);
            variables.put("vaccinatedOn", date);
            variables.put("municipalityCode", municipality);
            assertThat(ours.rules(variables)).as("%s", variables).isEqualTo(stock.rules(variables));
            compared++;
          }
        }
      }
    }
    return compared;
  }

  private static DmnEngine engine(ParsedOnceFeelEngine feel) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (feel != null) {
      configuration.setFeelEngineFactory(() -> feel);
    }
    return configuration.buildEngine();
  }

  private static final class Runs {
    private final DmnEngine engine;
    private final DmnDecision decision;

    Runs(DmnEngine engine) {
      this(engine, TABLE);
    }

    Runs(DmnEngine engine, String table) {
      this.engine = engine;
      this.decision = engine.parseDecision("dose-check", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    }

    List<String> rules(Map<String, Object> variables) {
      List<String> rules = new ArrayList<>();
      engine.evaluateDecisionTable(decision, variables).forEach(result -> rules.add(result.getSingleEntry()));
      return rules;
    }
  }
}
