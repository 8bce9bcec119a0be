package jp.vaccinationoffice.modelchecks.lint;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Task names say what is done to what: "Verify identity documents", not "Identity verification";
 * 本人確認書類を確認する or 本人確認, not 本人.
 *
 * <p>Names in a Latin script need a verb and an object, so at least two words, the first not a
 * noun by its ending. Names in Japanese end in the action: a verb in its plain form (確認する,
 * 送る) or a verbal noun of the office's work (承認, 発行, 照会 …), with the object before it
 * (同意を確認する, 提供承認); a verbal noun that also names a thing (記録, 通知, 回答 …) needs its
 * する (記録を作成する, 接種記録を記録する; not 接種記録). A trailing note in brackets, such as the reception number the
 * engine adds to a task's name ({@code （受付番号 ${receptionNumber}）}), is not part of the name.
 */
final class TaskNames {

  private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
  private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*[（(][^（）()]*[）)]\\s*$");
  private static final Pattern NOUN_ENDING = Pattern.compile("(?i).+(tion|sion|ment|ness|ance|ence|ing|al|ity)$");
  private static final Set<String> NOT_VERBS = Set.of("a", "an", "the", "new");
  private static final Pattern LAW = Pattern.compile("法|Act\\b|条例|政令|省令");
  /** The verbal nouns (サ変名詞) of the office's work that end a task name as its action. */
  static final List<String> ACTION_NOUNS = List.of("確認", "承認", "発行", "照会", "登録", "送付", "訂正", "判定",
      "提供", "照合", "入力", "作成", "決定", "審査", "起案", "郵送", "解決", "修正", "取得", "判断", "調査", "連絡",
      "送信", "返送", "交付", "停止", "削除", "消去", "更新", "検証", "選択", "記入", "処理", "対応", "発送", "受理",
      "却下", "保存");
  /** Verbal nouns that, bare, name a thing (接種記録 is a record, 結果通知 a notice): they need する. */
  static final List<String> THING_NOUNS = List.of("記録", "通知", "回答", "申請", "開示", "受付", "応答", "完了", "終了");
  /** A plain-form verb ends in one of the u-row kana (確認する, 送る, 書く, 選ぶ); する covers every verbal noun. */
  private static final Pattern PLAIN_VERB = Pattern.compile(".*[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]+[うくすつぬぶむるぐ]$");
  private static final Pattern OBJECT_PARTICLE = Pattern.compile(".+[をにへと].+");

  private TaskNames() {}

  static boolean isVerbAndObject(String name) {
    String trimmed = TRAILING_NOTE.matcher(name.strip()).replaceFirst("");
    if (JAPANESE.matcher(trimmed).find()) {
      return isJapaneseVerbAndObject(trimmed.replaceAll("\\s+", ""));
    }
    String[] words = trimmed.split("\\s+");
    if (words.length < 2) {
      return false;
    }
    String first = words[0].toLowerCase();
    return !NOUN_ENDING.matcher(first).matches() && !NOT_VERBS.contains(first);
  }

  private static boolean isJapaneseVerbAndObject(String name) {
    String stem = name.endsWith("する") ? name.substring(0, name.length() - 2) : name;
    boolean verb = !stem.equals(name);
    for (String action : ACTION_NOUNS) {
      if (stem.endsWith(action)) {
        return stem.length() > action.length();
      }
    }
    for (String thing : THING_NOUNS) {
      if (stem.endsWith(thing)) {
        return verb && stem.length() > thing.length();
      }
    }
    // any other plain-form verb needs its object marked by a particle: 記録を送る, not 送る
    return PLAIN_VERB.matcher(name).matches() && OBJECT_PARTICLE.matcher(name).matches();
  }

  static boolean citesALaw(String documentation) {
    return documentation != null && LAW.matcher(documentation).find();
  }
}
