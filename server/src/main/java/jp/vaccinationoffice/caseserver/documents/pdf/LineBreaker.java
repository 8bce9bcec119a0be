package jp.vaccinationoffice.caseserver.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a given width, as Japanese is set: a line may break between
 * any two Japanese characters, a run of Latin letters or digits stays whole where it fits, and the
 * basic 禁則 rules hold (no line starts with 、。」 and the like, none ends with 「（).
 */
final class LineBreaker {

  private static final String NO_LINE_START = "、。，．,.:;!?！？：；・)）]］｝〕〉》」』】〙〗〟’”ゝゞー々"
      + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ";
  private static final String NO_LINE_END = "(（[［｛〔〈《「『【〘〖〝‘“";

  private final ToDoubleFunction<String> widthOf;
  private final double maxWidth;

  LineBreaker(ToDoubleFunction<String> widthOf, double maxWidth) {
    this.widthOf = widthOf;
    this.maxWidth = maxWidth;
  }

  /** The lines of the text; a line feed in the text always ends a line. */
  List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String hardLine : text.split("\n", -1)) {
      wrap(tokens(hardLine), lines);
    }
    return lines;
  }

  private void wrap(List<String> tokens, List<String> lines) {
    List<String> current = new ArrayList<>();
    double width = 0;
    for (String token : tokens) {
      double tokenWidth = widthOf.applyAsDouble(token);
      if (current.isEmpty() || width + tokenWidth <= maxWidth) {
        current.add(token);
        width += tokenWidth;
        continue;
      }
      List<String> carried = new ArrayList<>();
      if (startsWithAny(token, NO_LINE_START) && current.size() > 1) {
        carried.add(0, current.remove(current.size() - 1));
      }
      while (current.size() > 1 && endsWithAny(current.get(current.size() - 1), NO_LINE_END)) {
        carried.add(0, current.remove(current.size() - 1));
      }
      lines.add(String.join("", current).stripTrailing());
      current = carried;
      if (!token.isBlank() || !current.isEmpty()) {
        current.add(token);
      }
      width = current.stream().mapToDouble(widthOf).sum();
    }
    lines.add(String.join("", current).stripTrailing());
  }

  /** Words of Latin letters and digits as one token (split into characters when wider than a line), every other character on its own. */
  private List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (isWordCharacter(cp)) {
        word.appendCodePoint(cp);
      } else {
        flushWord(word, tokens);
        tokens.add(new String(Character.toChars(cp)));
      }
    });
    flushWord(word, tokens);
    return tokens;
  }

  private void flushWord(StringBuilder word, List<String> tokens) {
    if (word.isEmpty()) {
      return;
    }
    String text = word.toString();
    if (widthOf.applyAsDouble(text) <= maxWidth) {
      tokens.add(text);
    } else {
      text.codePoints().forEach(cp -> tokens.add(new String(Character.toChars(cp))));
    }
    word.setLength(0);
  }

  private static boolean isWordCharacter(int cp) {
    if (cp < 0x80) {
      return Character.isLetterOrDigit(cp) || "-_./:@'%&#+".indexOf(cp) >= 0;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
        || script == Character.UnicodeScript.CYRILLIC;
  }

  private static boolean startsWithAny(String token, String characters) {
    return !token.isEmpty() && characters.indexOf(token.codePointAt(0)) >= 0;
  }

  private static boolean endsWithAny(String token, String characters) {
    return !token.isEmpty() && characters.indexOf(token.codePointBefore(token.length())) >= 0;
  }
}
