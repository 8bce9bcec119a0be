package jp.vaccinationoffice.caseserver.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The keys names are indexed and searched by, made the same way at index and at query time so that
 * a resident's name is found however it is written: NFKC (full/half width), the variant-kanji table
 * (髙→高, 﨑→崎, 邊/邉→辺, 齋→斎), katakana folded to hiragana, small kana to large (ッ→つ, ャ→や),
 * voiced-sound variants (ヂ→じ, ヅ→ず, ヴ→ぶ), long vowels dropped (サトー, サトウ, サトオ → さと),
 * spaces and middle dots removed (高橋 花子 = 高橋花子), Latin letters read as romaji (takahashi →
 * たかはし). Pure: no search engine needed to test it.
 */
public final class NameKeys {

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final String SMALL = "ぁぃぅぇぉっゃゅょゎゕゖ";
  private static final String LARGE = "あいうえおつやゆよわかけ";
  private static final String VOWELS = "あいうえお";
  private static final String[] ROWS = {
      "あかさたなはまやらわがざだばぱ",
      "いきしちにひみりぎじぢびぴ",
      "うくすつぬふむゆるぐずづぶぷ",
      "えけせてねへめれげぜでべぺ",
      "おこそとのほもよろをごぞどぼぽ"};

  private final KanjiVariants variants;

  public NameKeys(KanjiVariants variants) {
    this.variants = variants;
  }

  public static NameKeys standard() {
    return new NameKeys(KanjiVariants.standard());
  }

  /** The matching key of a name or part of one; empty when nothing of it is left. */
  public String key(String text) {
    if (text == null) {
      return "";
    }
    String normalized = NFKC.normalize(text).toLowerCase(Locale.ROOT);
    if (normalized.codePoints().anyMatch(c -> c >= 'a' && c <= 'z')) {
      normalized = romajiToHiragana(normalized);
    }
    StringBuilder folded = new StringBuilder(normalized.length());
    normalized.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '・' || c == '･' || c == '.' || c == '-') {
        return;
      }
      folded.appendCodePoint(foldKana(variants.standardOf(c)));
    });
    return dropLongVowels(folded);
  }

  /** The name's romaji (Hepburn-like), for display and for readers who type Latin letters. */
  public static String romaji(String kana) {
    if (kana == null || kana.isBlank()) {
      return null;
    }
    String hiragana = NFKC.normalize(kana).codePoints()
        .map(NameKeys::katakanaToHiragana)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    synchronized (HIRAGANA_TO_LATIN) {
      return HIRAGANA_TO_LATIN.transliterate(hiragana);
    }
  }

  /** Every key a document's name is found by: the full name, the family name, the given name, in kanji and in kana. */
  public Set<String> keysOf(String familyName, String givenName, String familyNameKana, String givenNameKana) {
    Set<String> keys = new LinkedHashSet<>();
    addIfPresent(keys, key(nullToEmpty(familyName) + nullToEmpty(givenName)));
    addIfPresent(keys, key(familyName));
    addIfPresent(keys, key(givenName));
    addIfPresent(keys, key(nullToEmpty(familyNameKana) + nullToEmpty(givenNameKana)));
    addIfPresent(keys, key(familyNameKana));
    addIfPresent(keys, key(givenNameKana));
    return keys;
  }

  private static final Transliterator LATIN_TO_HIRAGANA = Transliterator.getInstance("Latin-Hiragana");
  private static final Transliterator HIRAGANA_TO_LATIN = Transliterator.getInstance("Hiragana-Latin");

  private static String romajiToHiragana(String text) {
    synchronized (LATIN_TO_HIRAGANA) {
      return LATIN_TO_HIRAGANA.transliterate(text);
    }
  }

  private static int katakanaToHiragana(int c) {
    return c >= 'ァ' && c <= 'ヶ' ? c - 0x60 : c;
  }

  private static int foldKana(int c) {
    int hiragana = katakanaToHiragana(c);
    if (c == 'ヴ' || hiragana == 'ゔ') {
      return 'ぶ';
    }
    int small = SMALL.indexOf(hiragana);
    if (small >= 0) {
      hiragana = LARGE.charAt(small);
    }
    if (hiragana == 'ぢ') {
      return 'じ';
    }
    if (hiragana == 'づ') {
      return 'ず';
    }
    if (hiragana == 'を') {
      return 'お';
    }
    return hiragana;
  }

  /** Long vowels: ー, and a vowel lengthening the one before (おう, おお, えい, ああ ...), are dropped. */
  private static String dropLongVowels(CharSequence folded) {
    StringBuilder out = new StringBuilder(folded.length());
    int previousVowel = -1;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == 'ー' || c == '〜' || c == '~') {
        continue;
      }
      int vowel = VOWELS.indexOf(c);
      if (vowel >= 0 && previousVowel >= 0
          && (vowel == previousVowel || (vowel == 2 && previousVowel == 4) || (vowel == 1 && previousVowel == 3))) {
        continue;
      }
      out.append(c);
      previousVowel = vowelOf(c);
    }
    return out.toString();
  }

  private static int vowelOf(char c) {
    for (int row = 0; row < ROWS.length; row++) {
      if (ROWS[row].indexOf(c) >= 0) {
        return row;
      }
    }
    return -1;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static void addIfPresent(Set<String> keys, String key) {
    if (!key.isEmpty()) {
      keys.add(key);
    }
  }
}
