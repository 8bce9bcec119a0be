package jp.vaccinationoffice.caseserver.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Japanese locale files of Tasklist, Cockpit, Admin and Welcome against the English files
 * Operaton ships in its webjar: every key has a Japanese entry keeping the placeholders and markup
 * of the English one, and each app is configured with Japanese first and English selectable.
 */
class WebappLocalesTest {

  private static final Pattern PLACEHOLDERS = Pattern.compile("\\{\\{\\s*\\w+\\s*}}|\\{}|%[sd]|</?(a|br|strong|b|i|em|code|span|p)\\b");
  private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyKeyOfTheShippedEnglishFileHasAJapaneseEntry(String app) {
    Map<String, String> english = WebappLocales.read(app, "en");
    Map<String, String> japanese = WebappLocales.read(app, "ja");

    assertThat(english).as("the English file of %s in Operaton's webjar", app).hasSizeGreaterThan(100);
    assertThat(new TreeSet<>(japanese.keySet())).as("keys of %s/locales/ja.json", app)
        .containsAll(english.keySet());
    List<String> wrong = new ArrayList<>();
    english.forEach((key, value) -> {
      String translation = japanese.get(key);
      if (!placeholders(value).equals(placeholders(translation))) {
        wrong.add(key + ": " + value + " → " + translation);
      }
    });
    assertThat(wrong).as("entries that lose or add a placeholder or tag").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theLabelsAreJapaneseNotCopiedEnglish(String app) {
    Map<String, String> english = WebappLocales.read(app, "en");
    Map<String, String> japanese = WebappLocales.read(app, "ja");
    long labels = english.keySet().stream().filter(key -> key.startsWith("labels.")).count();
    long inJapanese = japanese.entrySet().stream()
        .filter(entry -> entry.getKey().startsWith("labels.") && JAPANESE.matcher(entry.getValue()).find()).count();

    // what stays as it is: names (Operaton, CSV, JSON), symbols (<, >=) and the like
    assertThat(inJapanese).as("labels of %s written in Japanese", app).isGreaterThan(labels * 9 / 10);
    if (english.containsKey("dateLocales.longDateFormat.LL")) {
      assertThat(japanese.get("dateLocales.longDateFormat.LL")).isEqualTo("YYYY年M月D日");
      assertThat(japanese.get("dateLocales.weekdaysShort")).isEqualTo("[\"日\",\"月\",\"火\",\"水\",\"木\",\"金\",\"土\"]");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void eachAppOffersJapaneseFirstAndEnglish(String app) throws IOException {
    String config = resource("META-INF/resources/webjars/operaton/app/" + app + "/scripts/config.js");

    assertThat(config).contains("availableLocales: ['ja', 'en']", "fallbackLocale: 'ja'", "'../shared/staff-ui'");
    assertThat(resource("META-INF/resources/webjars/operaton/app/shared/staff-ui.js"))
        .contains("window.localStorage.getItem(CHOICE) === 'en' ? 'en' : 'ja'");
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDERS.matcher(text == null ? "" : text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    found.sort(null);
    return found;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
