package jp.vaccinationoffice.caseserver.staffscreens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of finding the ledger import stores in English is shown in Japanese; none is shown in English. */
class ImportMessagesInJapaneseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the line has 11 fields, the header 12                                        | 項目の数が11個です。見出しと同じ12個にしてください。
      starts with a character a spreadsheet reads as a formula (=, +, -, @, tab or carriage return) | 表計算ソフトが数式として読む文字（=、+、-、@、タブ、復帰）で始まっています。
      must be 1 to 15 digits                                                       | 1〜15桁の数字で書いてください。
      must be 12 digits                                                            | 12桁の数字で書いてください。
      is the placeholder of twelve zeros, not an individual number                 | 0が12個並んだ番号は個人番号ではありません。
      the check digit is wrong                                                     | 検査用数字が合いません。番号を確かめてください。
      lies outside the vaccination programme (2021-02-17 to today)                 | 接種の期間（2021年2月17日から今日まで）の外の日付です。
      must be a dose number from 1 to 7                                            | 接種回は1から7までの数字で書いてください。
      dose 2 of this person is also on line 5 with different data                  | この人の2回目の接種が、5行目にも違う内容で書かれています。
      the ledger holds dose 1 of this person with different data; correct the ledger through a correction request | 台帳には、この人の1回目の接種が違う内容で登録されています。台帳の訂正は訂正請求で行います。
      differs from line 3 for the same 個人番号                                     | 同じ個人番号の3行目と違います。
      column 2 of the header must be 個人番号                                       | 見出しの2列目は「個人番号」です。
      contains a control character (U+0009)                                        | 改行やタブなどの制御文字は使えません。
      is longer than 100 characters                                                | 100文字以内で書いてください。
      """)
  void eachFindingIsSaidInJapanese(String english, String japanese) {
    assertThat(ImportMessagesInJapanese.finding(english)).isEqualTo(japanese);
  }

  @Test
  void aFindingOfAKindNotListedIsSaidInGeneralTermsNotInEnglish() {
    assertThat(ImportMessagesInJapanese.finding("is something new")).isEqualTo(ImportMessagesInJapanese.UNKNOWN_FINDING);
    assertThat(ImportMessagesInJapanese.failure("the import failed (NullPointerException); nothing was imported"))
        .isEqualTo(ImportMessagesInJapanese.UNKNOWN_FAILURE);
    assertThat(ImportMessagesInJapanese.failure("the server stopped during the import; nothing was imported"))
        .startsWith("取込の途中でサーバーが止まりました。");
  }
}
