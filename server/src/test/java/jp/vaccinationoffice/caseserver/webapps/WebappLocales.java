package jp.vaccinationoffice.caseserver.webapps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The locale files of the Operaton webapps on the class path: the English ones shipped in
 * Operaton's webjar and the office's Japanese ones beside them, flattened to key paths.
 */
public final class WebappLocales {

  public static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  private static final String LOCALES = "META-INF/resources/webjars/operaton/app/%s/locales/%s.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappLocales() {}

  /** Every leaf of the file as "labels.CLAIM" → value; arrays and numbers as their JSON text. */
  public static Map<String, String> read(String app, String locale) {
    String resource = LOCALES.formatted(app, locale);
    try (InputStream in = WebappLocales.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Operaton's English files start with a byte order mark
      JsonNode root = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
      Map<String, String> leaves = new LinkedHashMap<>();
      flatten("", root, leaves);
      return leaves;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The English UI strings of an app that its Japanese file translates (not names kept as they are, like "OK"). */
  public static List<String> untranslatedIfShown(String app) {
    Map<String, String> english = read(app, "en");
    Map<String, String> japanese = read(app, "ja");
    return english.entrySet().stream()
        .filter(entry -> entry.getKey().startsWith("labels."))
        .filter(entry -> !entry.getValue().equals(japanese.get(entry.getKey())))
        .map(Map.Entry::getValue)
        .toList();
  }

  /**
   * The English UI strings of the apps' shipped locale files (those the Japanese files translate)
   * that a page's text shows as whole words; too short or templated strings are not looked for.
   */
  public static List<String> untranslatedShownIn(String text, List<String> apps) {
    List<String> shown = new ArrayList<>();
    for (String app : apps) {
      for (String english : untranslatedIfShown(app)) {
        String word = english.strip();
        if (word.length() < 3 || word.contains("{{") || word.contains("<") || shown.contains(english)) {
          continue;
        }
        if (Pattern.compile("(?<![A-Za-z])" + Pattern.quote(word) + "(?![A-Za-z])").matcher(text).find()) {
          shown.add(english);
        }
      }
    }
    return shown;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else {
      leaves.put(path, node.isTextual() ? node.asText() : node.toString());
    }
  }
}
