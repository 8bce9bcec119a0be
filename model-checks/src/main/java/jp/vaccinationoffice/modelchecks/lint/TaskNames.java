package jp.vaccinationoffice.modelchecks.lint;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Task names say what is done to what: "Verify identity documents", not "Identity verification".
 * Names in a Latin script need a verb and an object, so at least two words, the first not a noun
 * by its ending. Names in Japanese (漢字・かな) are not split into words and pass with two or
 * more characters; a check of their verbs comes when the office names tasks in Japanese.
 */
final class TaskNames {

  private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
  private static final Pattern NOUN_ENDING = Pattern.compile("(?i).+(tion|sion|ment|ness|ance|ence|ing|al|ity)$");
  private static final Set<String> NOT_VERBS = Set.of("a", "an", "the", "new");
  private static final Pattern LAW = Pattern.compile("法|Act\\b|条例|政令|省令");

  private TaskNames() {}

  static boolean isVerbAndObject(String name) {
    String trimmed = name.strip();
    if (JAPANESE.matcher(trimmed).find()) {
      return trimmed.length() >= 2;
    }
    String[] words = trimmed.split("\\s+");
    if (words.length < 2) {
      return false;
    }
    String first = words[0].toLowerCase();
    return !NOUN_ENDING.matcher(first).matches() && !NOT_VERBS.contains(first);
  }

  static boolean citesALaw(String documentation) {
    return documentation != null && LAW.matcher(documentation).find();
  }
}
