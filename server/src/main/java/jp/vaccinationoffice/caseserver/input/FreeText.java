package jp.vaccinationoffice.caseserver.input;

import java.text.Normalizer;

/**
 * The rules for every free-text value the server stores (names, kana, addresses, product names,
 * reasons): no control characters (tab and line breaks included, except LF in a field documented
 * as multi-line), no bidirectional-text controls or invisible format characters (U+202A–U+202E,
 * U+2066–U+2069, U+200B–U+200F, U+2060, U+FEFF and the rest of Unicode's category Cf), no unpaired
 * surrogates, not empty after trimming, at most the field's limit. An accepted value is trimmed and
 * stored in NFC, so that the same name typed on two keyboards is stored, compared and indexed alike.
 * Reasons never repeat the value.
 */
public final class FreeText {

  /**
   * The outcome: the value to store, or why it is refused — {@code problem} in English for the API
   * (to be prefixed with the field's name), {@code message} in Japanese for the screens.
   */
  public record Checked(String value, String problem, String message) {

    public boolean refused() {
      return problem != null;
    }
  }

  private FreeText() {}

  /** A single-line value of at most {@code maxLength} characters (UTF-16 units, as the columns count). */
  public static Checked line(String value, int maxLength) {
    return check(value, maxLength, false);
  }

  /** A value documented as multi-line: line feeds are allowed, CR LF is stored as LF. */
  public static Checked multiLine(String value, int maxLength) {
    return check(value == null ? null : value.replace("\r\n", "\n"), maxLength, true);
  }

  private static Checked check(String value, int maxLength, boolean multiLine) {
    if (value == null || value.strip().isEmpty()) {
      return refused("is required", "入力してください。");
    }
    Forbidden forbidden = firstForbidden(value, multiLine);
    if (forbidden != null) {
      return refused(forbidden.problem(), forbidden.message());
    }
    String normalized = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (normalized.length() > maxLength) {
      return refused("is longer than " + maxLength + " characters", maxLength + "文字以内で入力してください。");
    }
    return new Checked(normalized, null, null);
  }

  /** Why the text may not be stored, or null. */
  public static String forbiddenCharacter(String value, boolean multiLine) {
    Forbidden forbidden = firstForbidden(value, multiLine);
    return forbidden == null ? null : forbidden.problem();
  }

  /** A character the rules refuse, said in English for the API and in Japanese for the screens. */
  private record Forbidden(String problem, String message) {

    static Forbidden of(String kind, int codePoint, String message) {
      return new Forbidden("contains " + kind + " (" + String.format("U+%04X", codePoint) + ")", message);
    }
  }

  private static Forbidden firstForbidden(String value, boolean multiLine) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.SURROGATE) {
        return new Forbidden("contains an unpaired surrogate (not a character)", "使えない文字が含まれています。");
      }
      if (c == '\n' && multiLine) {
        continue;
      }
      if (Character.getType(c) == Character.CONTROL) {
        return Forbidden.of("a control character", c, "改行やタブなどの制御文字は使えません。");
      }
      if (isBidiControl(c)) {
        return Forbidden.of("a bidirectional-text control", c, "文字の向きを変える制御文字は使えません。");
      }
      if (Character.getType(c) == Character.FORMAT) {
        return Forbidden.of("an invisible formatting character", c, "目に見えない書式文字は使えません。");
      }
    }
    return null;
  }

  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
  }

  private static Checked refused(String problem, String message) {
    return new Checked(null, problem, message);
  }
}
