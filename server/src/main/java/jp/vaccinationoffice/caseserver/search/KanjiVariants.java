package jp.vaccinationoffice.caseserver.search;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The variant-kanji table (異体字): every variant mapped to its standard character, read from the
 * data files {@code search/kanji-variants.tsv} (a public table, its source in the file's header) and
 * {@code search/kanji-variants-office.tsv} (the office's additions).
 */
public final class KanjiVariants {

  static final String[] TABLES = {"search/kanji-variants.tsv", "search/kanji-variants-office.tsv"};

  private static final KanjiVariants STANDARD = load();

  private final Map<Integer, Integer> standardOf;

  private KanjiVariants(Map<Integer, Integer> standardOf) {
    this.standardOf = Map.copyOf(standardOf);
  }

  public static KanjiVariants standard() {
    return STANDARD;
  }

  /** The standard character of a variant, or the character itself. */
  public int standardOf(int codePoint) {
    return standardOf.getOrDefault(codePoint, codePoint);
  }

  public int size() {
    return standardOf.size();
  }

  private static KanjiVariants load() {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    Map<Integer, Integer> map = new HashMap<>();
    for (String table : TABLES) {
      try (InputStream in = KanjiVariants.class.getClassLoader().getResourceAsStream(table)) {
        if (in == null) {
          throw new IllegalStateException("missing " + table);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] columns = line.split("\t");
          int standard = nfkc.normalize(columns[0].strip()).codePointAt(0);
          for (String variant : columns[1].strip().split("/")) {
            // the key is the form the text has after NFKC, which runs first
            int variantCodePoint = nfkc.normalize(variant).codePointAt(0);
            if (variantCodePoint != standard) {
              map.putIfAbsent(variantCodePoint, standard);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new KanjiVariants(map);
  }
}
