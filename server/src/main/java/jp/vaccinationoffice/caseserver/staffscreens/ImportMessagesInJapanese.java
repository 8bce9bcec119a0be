package jp.vaccinationoffice.caseserver.staffscreens;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ledger import's findings in the words the screens show: the import stores them in English for
 * the API's callers, naming the problem and never the value, so each kind of finding has one
 * Japanese sentence here. A finding of a kind not listed is shown as a general one, never in English.
 */
final class ImportMessagesInJapanese {

  static final String UNKNOWN_FINDING = "この行の値に誤りがあります。健康管理システムの出力を確かめてください。";
  static final String UNKNOWN_FAILURE = "取込の途中で問題が起きました。何も取り込んでいません。もう一度送ってください。";

  private record Rule(Pattern english, Function<Matcher, String> japanese) {}

  private static final List<Rule> FINDINGS = List.of(
      rule("the line has (\\d+) fields, the header (\\d+)", m -> "項目の数が" + m.group(1) + "個です。見出しと同じ" + m.group(2) + "個にしてください。"),
      rule("starts with a character a spreadsheet reads as a formula.*",
          m -> "表計算ソフトが数式として読む文字（=、+、-、@、タブ、復帰）で始まっています。"),
      rule("must be 1 to 15 digits", m -> "1〜15桁の数字で書いてください。"),
      rule("must be 12 digits", m -> "12桁の数字で書いてください。"),
      rule("is the placeholder of twelve zeros.*", m -> "0が12個並んだ番号は個人番号ではありません。"),
      rule("the check digit is wrong", m -> "検査用数字が合いません。番号を確かめてください。"),
      rule("must be written in full-width katakana", m -> "全角カタカナで書いてください。"),
      rule("is not a possible birth date", m -> "生年月日としてありえない日付です。"),
      rule("lies outside the vaccination programme.*", m -> "接種の期間（2021年2月17日から今日まで）の外の日付です。"),
      rule("lies before the birth date", m -> "生年月日より前の日付です。"),
      rule("must be 10 digits or empty", m -> "10桁の数字で書くか、空にしてください。"),
      rule("must be a date written yyyy-MM-dd or yyyy/MM/dd", m -> "日付は 2021-06-01 または 2021/06/01 の形で書いてください。"),
      rule("is not a calendar date", m -> "暦にない日付です。"),
      rule("must be 男 or 女.*", m -> "男・女（または 1・2）で書いてください。"),
      rule("must be a dose number from 1 to (\\d+)", m -> "接種回は1から" + m.group(1) + "までの数字で書いてください。"),
      rule("the ledger records of this 個人番号 were erased.*",
          m -> "この個人番号の台帳の記録は、利用停止請求により消去されています。出力から除いてください。"),
      rule("dose (\\d+) of this person is also on line (\\d+) with different data",
          m -> "この人の" + m.group(1) + "回目の接種が、" + m.group(2) + "行目にも違う内容で書かれています。"),
      rule("the ledger holds dose (\\d+) of this person with different data.*",
          m -> "台帳には、この人の" + m.group(1) + "回目の接種が違う内容で登録されています。台帳の訂正は訂正請求で行います。"),
      rule("differs from the ledger's for this 個人番号", m -> "この個人番号の台帳の内容と違います。"),
      rule("differs from line (\\d+) for the same 個人番号", m -> "同じ個人番号の" + m.group(1) + "行目と違います。"),
      rule("a quoted field is not closed on its line", m -> "引用符（\"）で始まる項目が、その行のうちに閉じられていません。"),
      rule("a quoted field is followed by text before the next comma", m -> "引用符で閉じた項目の後ろ、次のコンマまでの間に文字があります。"),
      rule("the file holds a header but no lines of data", m -> "見出しの行だけで、データの行がありません。"),
      rule("the header has (\\d+) columns, the ledger export (\\d+):.*",
          m -> "見出しが" + m.group(1) + "列です。台帳の出力は" + m.group(2) + "列です。"),
      rule("column (\\d+) of the header must be (.+)", m -> "見出しの" + m.group(1) + "列目は「" + m.group(2) + "」です。"),
      rule("is required", m -> "値がありません。"),
      rule("contains a control character.*", m -> "改行やタブなどの制御文字は使えません。"),
      rule("contains a bidirectional-text control.*", m -> "文字の向きを変える制御文字は使えません。"),
      rule("contains an invisible formatting character.*", m -> "目に見えない書式文字は使えません。"),
      rule("contains an unpaired surrogate.*", m -> "使えない文字が含まれています。"),
      rule("is longer than (\\d+) characters", m -> m.group(1) + "文字以内で書いてください。"));

  private static final List<Rule> FAILURES = List.of(
      rule("the server stopped during the import.*", m -> "取込の途中でサーバーが止まりました。何も取り込んでいません。もう一度送ってください。"),
      rule("the ledger changed while the file was being imported.*",
          m -> "取込の途中で台帳が変わりました。何も取り込んでいません。もう一度送ってください。"),
      rule("the server is busy with other imports.*", m -> "サーバーがほかの取込で混み合っていました。何も取り込んでいません。時間をおいて送ってください。"));

  private ImportMessagesInJapanese() {}

  /** A finding of a rejected file's line. */
  static String finding(String english) {
    return translate(FINDINGS, english, UNKNOWN_FINDING);
  }

  /** Why a failed import failed. */
  static String failure(String english) {
    return translate(FAILURES, english, UNKNOWN_FAILURE);
  }

  private static String translate(List<Rule> rules, String english, String otherwise) {
    if (english == null) {
      return otherwise;
    }
    for (Rule rule : rules) {
      Matcher matcher = rule.english().matcher(english);
      if (matcher.matches()) {
        return rule.japanese().apply(matcher);
      }
    }
    return otherwise;
  }

  private static Rule rule(String english, Function<Matcher, String> japanese) {
    return new Rule(Pattern.compile(english, Pattern.DOTALL), japanese);
  }
}
