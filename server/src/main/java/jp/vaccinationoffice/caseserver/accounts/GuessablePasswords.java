package jp.vaccinationoffice.caseserver.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Passwords an attacker tries first: the shipped lists of common and breached passwords and of words
 * tied to this office, those words with digits or symbols around them ({@code Password2024!}),
 * short patterns repeated ({@code abcabcabcabc}) and runs along the alphabet, the digits or the
 * keyboard ({@code qwertyuiopas}), also with a few characters after the run ({@code abcdefghi000}).
 * Compared without regard to case.
 */
@Component
public class GuessablePasswords {

  static final List<String> LIST_RESOURCES = List.of("accounts/common-passwords.txt", "accounts/context-words.txt");

  /** A listed word counts inside digits and symbols only when it is this long: "a" + 11 digits is random enough. */
  private static final int MIN_WORD_LENGTH = 4;
  private static final int MAX_REPEATED_UNIT = 4;
  /** A run this long or longer with at most {@link #MAX_RUN_TAIL} characters after it is still guessable. */
  private static final int MIN_RUN_WITH_TAIL = 9;
  private static final int MAX_RUN_TAIL = 3;
  private static final Pattern SURROUNDING_NON_LETTERS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
  private static final List<String> RUNS = runs(
      "abcdefghijklmnopqrstuvwxyz", "0123456789".repeat(4), "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p");

  private final Set<String> listed;

  public GuessablePasswords() {
    Set<String> words = new HashSet<>();
    for (String resource : LIST_RESOURCES) {
      load(resource, words);
    }
    this.listed = Set.copyOf(words);
  }

  public boolean isGuessable(String password) {
    String candidate = password.toLowerCase(Locale.ROOT);
    if (listed.contains(candidate)) {
      return true;
    }
    String word = SURROUNDING_NON_LETTERS.matcher(candidate).replaceAll("");
    if (word.length() >= MIN_WORD_LENGTH && listed.contains(word)) {
      return true;
    }
    return isRepetition(candidate) || isRun(candidate);
  }

  int size() {
    return listed.size();
  }

  private static boolean isRepetition(String candidate) {
    for (int unit = 1; unit <= MAX_REPEATED_UNIT && unit < candidate.length(); unit++) {
      if (candidate.length() % unit == 0 && candidate.equals(candidate.substring(0, unit).repeat(candidate.length() / unit))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRun(String candidate) {
    if (isAlongARun(candidate)) {
      return true;
    }
    for (int tail = 1; tail <= MAX_RUN_TAIL && candidate.length() - tail >= MIN_RUN_WITH_TAIL; tail++) {
      if (isAlongARun(candidate.substring(0, candidate.length() - tail))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAlongARun(String text) {
    return RUNS.stream().anyMatch(run -> run.contains(text));
  }

  private static List<String> runs(String... sequences) {
    return Arrays.stream(sequences)
        .flatMap(sequence -> Stream.of(sequence, new StringBuilder(sequence).reverse().toString()))
        .toList();
  }

  private static void load(String resource, Set<String> words) {
    try (InputStream in = GuessablePasswords.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Password list " + resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
