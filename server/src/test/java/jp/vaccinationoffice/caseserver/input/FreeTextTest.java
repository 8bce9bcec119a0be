package jp.vaccinationoffice.caseserver.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FreeTextTest {

  static Stream<Arguments> forbidden() {
    return Stream.of(
        Arguments.of("NUL", "山田\u0000", "control character (U+0000)"),
        Arguments.of("ESC", "\u001B[31m山田", "control character (U+001B)"),
        Arguments.of("tab", "山\t田", "control character (U+0009)"),
        Arguments.of("line feed", "山田\n花子", "control character (U+000A)"),
        Arguments.of("carriage return", "山田\r花子", "control character (U+000D)"),
        Arguments.of("DEL", "山田\u007F", "control character (U+007F)"),
        Arguments.of("C1 next line", "山田\u0085", "control character (U+0085)"),
        Arguments.of("C1 CSI", "\u009B31m山田", "control character (U+009B)"),
        Arguments.of("LRE", "\u202A山田", "bidirectional-text control (U+202A)"),
        Arguments.of("RLO", "abc\u202Efdp.exe", "bidirectional-text control (U+202E)"),
        Arguments.of("LRI", "\u2066山田", "bidirectional-text control (U+2066)"),
        Arguments.of("PDI", "山田\u2069", "bidirectional-text control (U+2069)"),
        Arguments.of("RLM", "山田\u200F", "bidirectional-text control (U+200F)"),
        Arguments.of("zero-width space", "山\u200B田", "invisible formatting character (U+200B)"),
        Arguments.of("zero-width non-joiner", "山\u200C田", "invisible formatting character (U+200C)"),
        Arguments.of("zero-width joiner", "山\u200D田", "invisible formatting character (U+200D)"),
        Arguments.of("word joiner", "山\u2060田", "invisible formatting character (U+2060)"),
        Arguments.of("byte order mark", "\uFEFF山田", "invisible formatting character (U+FEFF)"),
        Arguments.of("tag character", "山田\uDB40\uDC01", "invisible formatting character (U+E0001)"),
        Arguments.of("unpaired surrogate", "山田\uD842", "unpaired surrogate"),
        Arguments.of("empty", "", "is required"),
        Arguments.of("spaces only", "   ", "is required"),
        Arguments.of("ideographic spaces only", "\u3000\u3000", "is required"),
        Arguments.of("null", null, "is required"),
        Arguments.of("eleven characters", "あいうえおかきくけこさ", "is longer than 10 characters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbidden")
  void refuses(String what, String value, String problem) {
    FreeText.Checked checked = FreeText.line(value, 10);
    assertThat(checked.refused()).isTrue();
    assertThat(checked.value()).isNull();
    assertThat(checked.problem()).contains(problem);
  }

  @Test
  void storesTrimmedNfc() {
    assertThat(FreeText.line(" ガッコウ\u3000", 10).value()).isEqualTo("ガッコウ");
    assertThat(FreeText.line("カ\u3099ッコウ", 10).value()).isEqualTo("ガッコウ");
    assertThat(FreeText.line("Jose\u0301", 10).value()).isEqualTo("José");
    assertThat(FreeText.line("\uFA19", 10).value()).as("compatibility ideograph 神 in NFC").isEqualTo("\u795E");
    assertThat(FreeText.line("\uFA11", 10).value()).as("﨑 has no decomposition: NFC keeps it").isEqualTo("\uFA11");
  }

  @Test
  void acceptsSupplementaryCharactersAndCountsTheLimitAfterNormalising() {
    assertThat(FreeText.line("𠮷野家", 10).value()).isEqualTo("𠮷野家");
    assertThat(FreeText.line("カ\u3099カ\u3099カ\u3099カ\u3099カ\u3099カ\u3099", 6).value()).hasSize(6);
    assertThat(FreeText.line("あいうえおかきくけこ", 10).refused()).isFalse();
  }

  @Test
  void onlyAMultiLineFieldTakesLineFeeds() {
    assertThat(FreeText.multiLine("一行目\r\n二行目\n三行目", 20).value()).isEqualTo("一行目\n二行目\n三行目");
    assertThat(FreeText.multiLine("一行目\t二行目", 20).problem()).contains("U+0009");
    assertThat(FreeText.multiLine("一行目\u202E", 20).problem()).contains("bidirectional");
    assertThat(FreeText.line("一行目\n二行目", 20).problem()).contains("U+000A");
  }
}
