package jp.vaccinationoffice.common;

/** An identifier failed validation; the message says why and never repeats the value. */
public class InvalidIdentifierException extends IllegalArgumentException {

  public InvalidIdentifierException(String message) {
    super(message);
  }
}
