package jp.vaccinationoffice.caseserver.comments;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.common.MyNumber;

/**
 * What a comment on a task may say. Comments are kept in clear in the engine's history, so a My
 * Number (also written with spaces, hyphens or full-width digits) is refused, as is an empty or
 * overlong comment.
 */
final class TaskComments {

  static final int MAX_LENGTH = 1000;
  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d(?:[\\s\\-]*\\d){11}(?!\\d)");

  private TaskComments() {}

  /** Why the message is refused, or empty when it may be kept. */
  static Optional<String> refusal(String message) {
    if (message == null || message.isBlank()) {
      return Optional.of("message is required");
    }
    if (message.codePointCount(0, message.length()) > MAX_LENGTH) {
      return Optional.of("message is longer than " + MAX_LENGTH + " characters");
    }
    Matcher numbers = TWELVE_DIGITS.matcher(Normalizer.normalize(message, Normalizer.Form.NFKC));
    while (numbers.find()) {
      if (MyNumber.isValid(numbers.group().replaceAll("[\\s\\-]", ""))) {
        return Optional.of("message must not contain an individual number (個人番号)");
      }
    }
    return Optional.empty();
  }
}
