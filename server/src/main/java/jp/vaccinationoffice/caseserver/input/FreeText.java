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

  /** The outcome: the value to store, or why it is refused (to be prefixed with the field's name). */
  public record Checked(String value, String problem) {

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
      return refused("is required");
    }
    String problem = forbiddenCharacter(value, multiLine);
    if (problem != null) {
      return refused(problem);
    }
    String normalized = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (normalized.length() > maxLength) {
      return refused("is longer than " + maxLength + " characters");
    }
    return new Checked(normalized, null);
  }

  /** Why the text may not be stored, or null. */
  public static String forbiddenCharacter(String value, boolean multiLine) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.SURROGATE) {
        return "contains an unpaired surrogate (not a character)";
      }
      if (c == '\n' && multiLine) {
        continue;
      }
      if (Character.getType(c) == Character.CONTROL) {
        return "contains a control character (" + codePoint(c) + ")";
      }
      if (isBidiControl(c)) {
        return "contains a bidirectional-text control (" + codePoint(c) + ")";
      }
      if (Character.getType(c) == Character.FORMAT) {
        return "contains an invisible formatting character (" + codePoint(c) + ")";
      }
    }
    return null;
  }

  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
  }

  private static String codePoint(int c) {
    return String.format("U+%04X", c);
  }

  private static Checked refused(String problem) {
    return new Checked(null, problem);
  }
}
