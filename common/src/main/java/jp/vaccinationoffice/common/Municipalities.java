package jp.vaccinationoffice.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The municipalities this system knows, read from the shipped code table. */
public final class Municipalities {

  private static final Map<String, String> NAMES_BY_CODE = load();

  private Municipalities() {}

  /** Validates format and check digit, then that the code names a known municipality. */
  public static MunicipalityCode requireKnown(String value) {
    MunicipalityCode code = MunicipalityCode.parse(value);
    if (!NAMES_BY_CODE.containsKey(code.value())) {
      throw new InvalidIdentifierException("municipality code " + code + " is unknown",
          "この団体コードの市区町村はありません。");
    }
    return code;
  }

  public static Optional<String> nameOf(String code) {
    return Optional.ofNullable(NAMES_BY_CODE.get(code));
  }

  public static Map<String, String> all() {
    return Collections.unmodifiableMap(NAMES_BY_CODE);
  }

  private static Map<String, String> load() {
    Map<String, String> names = new LinkedHashMap<>();
    try (InputStream in = Municipalities.class.getResourceAsStream("municipalities.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        names.put(MunicipalityCode.parse(columns[0]).value(), columns[1].trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the municipality code table", e);
    }
    return names;
  }
}
