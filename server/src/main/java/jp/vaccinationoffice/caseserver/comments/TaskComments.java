package jp.vaccinationoffice.caseserver.comments;

import java.util.Optional;
import jp.vaccinationoffice.common.MyNumber;

/**
 * What a comment on a task may say. Comments are kept in clear in the engine's history, so a My
 * Number (also written with spaces, hyphens or full-width digits) is refused, as is an empty or
 * overlong comment.
 */
final class TaskComments {

  static final int MAX_LENGTH = 1000;

  private TaskComments() {}

  /** Why the message is refused, or empty when it may be kept. */
  static Optional<String> refusal(String message) {
    if (message == null || message.isBlank()) {
      return Optional.of("message is required");
    }
    if (message.codePointCount(0, message.length()) > MAX_LENGTH) {
      return Optional.of("message is longer than " + MAX_LENGTH + " characters");
    }
    if (MyNumber.appearsIn(message)) {
      return Optional.of("message must not contain an individual number (個人番号)");
    }
    return Optional.empty();
  }
}
