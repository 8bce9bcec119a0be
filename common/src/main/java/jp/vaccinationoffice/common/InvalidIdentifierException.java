package jp.vaccinationoffice.common;

/**
 * An identifier failed validation; the message says why and never repeats the value. The Japanese
 * message says the same to a clerk or a resident on a screen.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

  private final String japaneseMessage;

  public InvalidIdentifierException(String message) {
    this(message, "入力された番号を確かめてください。");
  }

  public InvalidIdentifierException(String message, String japaneseMessage) {
    super(message);
    this.japaneseMessage = japaneseMessage;
  }

  public String japaneseMessage() {
    return japaneseMessage;
  }
}
