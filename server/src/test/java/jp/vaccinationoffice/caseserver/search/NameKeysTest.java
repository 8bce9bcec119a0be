package jp.vaccinationoffice.caseserver.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of variant a name is typed in at the counter folds to the key the index holds. */
class NameKeysTest {

  private final NameKeys keys = NameKeys.standard();

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "variant kanji 髙/高            | 髙橋花子     | 高橋花子",
      "variant kanji 﨑/崎            | 山﨑太郎     | 山崎太郎",
      "variant kanji 邊/辺            | 渡邊一郎     | 渡辺一郎",
      "variant kanji 邉/辺            | 渡邉一郎     | 渡辺一郎",
      "variant kanji 齋/斎            | 齋藤由紀     | 斎藤由紀",
      "variant kanji 澤/沢            | 小澤征爾     | 小沢征爾",
      "variant kanji 嶋/島            | 中嶋         | 中島",
      "full name with a space         | 高橋 花子    | 高橋花子",
      "full name with a wide space    | 高橋　花子   | 高橋花子",
      "katakana = hiragana            | タカハシ     | たかはし",
      "half-width katakana            | ﾀｶﾊｼ ﾊﾅｺ     | タカハシハナコ",
      "half-width voiced katakana     | ｻﾞｲﾂ         | ザイツ",
      "long vowel mark = う           | サトー       | サトウ",
      "long vowel お = う             | サトオ       | サトウ",
      "long vowel おお                | オオノ       | オーノ",
      "long vowel えい                | ケイコ       | ケーコ",
      "small kana ッ = ツ             | ハットリ     | ハツトリ",
      "small kana ョ = ヨ             | キョウコ     | キヨウコ",
      "ヂ = ジ                        | フヂタ       | フジタ",
      "ヅ = ズ                        | ミヅノ       | ミズノ",
      "ヴ = ブ                        | ヴント       | ブント",
      "full-width Latin               | ＳＡＴＯ      | sato",
      "romaji = kana                  | takahashi    | タカハシ",
      "romaji with long vowel         | satou        | サトウ",
      "middle dot dropped             | スミス・ジョン | スミスジョン"})
  void variantsFoldToTheSameKey(String kind, String typed, String indexed) {
    assertThat(keys.key(typed)).as(kind).isEqualTo(keys.key(indexed)).isNotEmpty();
  }

  @Test
  void differentNamesStayDifferent() {
    assertThat(keys.key("高橋")).isNotEqualTo(keys.key("髙田"));
    assertThat(keys.key("斎藤")).as("斎 and 斉 are different characters").isNotEqualTo(keys.key("斉藤"));
    assertThat(keys.key("ヤマダ")).isNotEqualTo(keys.key("ヤマタ"));
  }

  @Test
  void aDocumentIsFoundByFullNameFamilyNameAndGivenNameInKanjiAndKana() {
    assertThat(keys.keysOf("髙橋", "花子", "タカハシ", "ハナコ"))
        .containsExactly(keys.key("高橋花子"), keys.key("高橋"), keys.key("花子"), keys.key("たかはしはなこ"),
            keys.key("たかはし"), keys.key("はなこ"));
  }

  @Test
  void aPrefixOfTheKeyIsAPrefixOfTheNamesKey() {
    assertThat(keys.key("髙橋花子")).startsWith(keys.key("高橋"));
    assertThat(keys.key("タカハシハナコ")).startsWith(keys.key("たかは"));
  }

  @Test
  void theVariantTableIsLoadedFromItsDataFiles() {
    assertThat(KanjiVariants.standard().size()).isGreaterThan(500);
    assertThat(KanjiVariants.standard().standardOf("髙".codePointAt(0))).isEqualTo("高".codePointAt(0));
    assertThat(KanjiVariants.standard().standardOf("𠮷".codePointAt(0))).isEqualTo("吉".codePointAt(0));
  }

  @Test
  void romajiIsWrittenFromTheKana() {
    assertThat(NameKeys.romaji("タカハシ")).isEqualTo("takahashi");
  }
}
