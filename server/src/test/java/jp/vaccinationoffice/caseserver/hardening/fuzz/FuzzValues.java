package jp.vaccinationoffice.caseserver.hardening.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.vaccinationoffice.common.MyNumber;

/**
 * Random and boundary values from one seeded generator, so that a seed always gives the same
 * requests. Ids are drawn from the caller's own municipality, the other municipality and nowhere.
 */
public final class FuzzValues {

  /** A valid My Number: no answer may ever contain it (or any other valid one). */
  public static final String MY_NUMBER = "123456789018";

  private static final List<String> STRINGS = List.of("", " ", "a", "山田", "ﾔﾏﾀﾞ", "\u0000", "\u202e", "\t\n",
      "${currentUser()}", "#{1+1}", "' OR '1'='1", "../../etc/passwd", "%", "null", "true", "-1", "0", "2001",
      "9223372036854775808", "1e309", "NaN", MY_NUMBER, "０１２３４５６７８９０１", "2026-02-30", "2026-11-20",
      "9999-12-31", "0000-01-01", "2026/11/20", "2026-11-20T10:00:00Z", "<x/>", "{\"a\":1}", "352063", "352021",
      "MALE", "FEMALE", "RUNNING", "asc", "desc", "created", "processVariable", "String", "Json", "Object");
  private static final List<String> JSON_LITERALS = List.of("null", "true", "false", "0", "-1", "2000", "2001",
      "2147483648", "9223372036854775808", "1.5", "-0.0", "1e309", "[]", "{}", "[1,\"a\",null]", "\"\"");

  private final Random random;
  private final List<String> ownIds = new ArrayList<>();
  private final List<String> foreignIds = new ArrayList<>();

  public FuzzValues(long seed) {
    this.random = new Random(seed);
  }

  public FuzzValues ids(List<String> own, List<String> foreign) {
    ownIds.addAll(own);
    foreignIds.addAll(foreign);
    return this;
  }

  public int below(int bound) {
    return random.nextInt(bound);
  }

  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  public <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A plain string: a boundary value, a random word, a long one, or an id. */
  public String string() {
    return switch (below(10)) {
      case 0, 1, 2 -> pick(STRINGS);
      case 3 -> "a".repeat(pick(List.of(64, 65, 255, 256, 3000)));
      case 4, 5 -> id();
      default -> word(1 + below(20));
    };
  }

  /** An id: own, another municipality's, unknown, or no id at all. */
  public String id() {
    return switch (below(6)) {
      case 0, 1 -> ownIds.isEmpty() ? word(36) : pick(ownIds);
      case 2, 3 -> foreignIds.isEmpty() ? word(36) : pick(foreignIds);
      // hex letters in the last group: twelve digits in a row could pass as a My Number in the logs
      case 4 -> "00000000-0000-0000-0000-ffff" + String.format("%08d", below(1_000_000));
      default -> pick(List.of("x", "a".repeat(3000), "%2e%2e", "%20", "null", "1", MY_NUMBER, "%E5%B1%B1"));
    };
  }

  public String word(int length) {
    StringBuilder word = new StringBuilder();
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
    for (int i = 0; i < length; i++) {
      word.append(alphabet.charAt(below(alphabet.length())));
    }
    return word.toString();
  }

  /** Any JSON value, of any type: what a field gets when its declared type is ignored. */
  public String anyJson() {
    return chance(0.5) ? quoted(string()) : pick(JSON_LITERALS);
  }

  public static String quoted(String value) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }

  /** The body variants that are wrong whatever the endpoint expects. */
  public String brokenJson() {
    return switch (below(7)) {
      case 0 -> "";
      case 1 -> "{\"a\":";
      case 2 -> "[".repeat(5000) + "]".repeat(5000);
      case 3 -> "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
      case 4 -> "\uFEFF{}";
      case 5 -> "{\"a\":1,\"a\":2}";
      default -> pick(JSON_LITERALS);
    };
  }

  static boolean isMyNumber(String digits) {
    return MyNumber.isValid(digits);
  }
}
