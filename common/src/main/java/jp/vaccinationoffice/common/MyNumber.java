package jp.vaccinationoffice.common;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validated 12-digit individual number (個人番号). Its {@link #toString()} is masked so that a
 * number never reaches a log or an exception message by accident; {@link #digits()} is for the few
 * places that must encrypt, hash or transmit it.
 */
public final class MyNumber {

  /** Passes the check digit (all weights times zero) but is never issued: forms use it for "no number". */
  private static final String PLACEHOLDER = "0".repeat(12);
  private static final Pattern SPACED_TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d(?:[\\s\\-]*\\d){11}(?!\\d)");

  private final String digits;

  private MyNumber(String digits) {
    this.digits = digits;
  }

  /** Parses and validates; the exception message never contains the number. */
  public static MyNumber parse(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidIdentifierException("myNumber is required", "個人番号を入力してください。");
    }
    if (!value.matches("\\d{12}")) {
      throw new InvalidIdentifierException("myNumber must be exactly 12 digits", "個人番号は12桁の数字で入力してください。");
    }
    if (checkDigit(value.substring(0, 11)) != value.charAt(11) - '0') {
      throw new InvalidIdentifierException("myNumber has a wrong check digit",
          "個人番号の検査用数字が合いません。番号を確かめてください。");
    }
    if (value.equals(PLACEHOLDER)) {
      throw new InvalidIdentifierException("myNumber is the placeholder of twelve zeros, not an individual number",
          "すべて0の番号は個人番号ではありません。");
    }
    return new MyNumber(value);
  }

  /**
   * Whether free text holds an individual number: twelve digits standing alone, in any width (NFKC),
   * with spaces or hyphens between them allowed, that pass {@link #isValid}.
   */
  public static boolean appearsIn(String text) {
    if (text == null) {
      return false;
    }
    Matcher digits = SPACED_TWELVE_DIGITS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
    while (digits.find()) {
      if (isValid(digits.group().replaceAll("[\\s\\-]", ""))) {
        return true;
      }
    }
    return false;
  }

  /** The number of twelve zeros that forms use for "no number". */
  public static boolean isPlaceholder(String value) {
    return PLACEHOLDER.equals(value);
  }

  public static boolean isValid(String value) {
    return value != null && value.matches("\\d{12}") && checkDigit(value.substring(0, 11)) == value.charAt(11) - '0'
        && !value.equals(PLACEHOLDER);
  }

  /**
   * The check digit of the 11 leading digits (個人番号の検査用数字, 総務省令第85号第5条): weights 2..7
   * for the six rightmost digits, 2..6 for the five leftmost, remainder mod 11, 0 for remainders ≤ 1.
   */
  public static int checkDigit(String elevenDigits) {
    if (elevenDigits == null || !elevenDigits.matches("\\d{11}")) {
      throw new IllegalArgumentException("eleven digits expected");
    }
    int sum = 0;
    for (int n = 1; n <= 11; n++) {
      int digit = elevenDigits.charAt(11 - n) - '0';
      int weight = n <= 6 ? n + 1 : n - 5;
      sum += digit * weight;
    }
    int remainder = sum % 11;
    return remainder <= 1 ? 0 : 11 - remainder;
  }

  public String digits() {
    return digits;
  }

  public String lastFour() {
    return digits.substring(8);
  }

  /** The form shown to staff: only the last four digits. */
  public String masked() {
    return "********" + lastFour();
  }

  @Override
  public String toString() {
    return masked();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MyNumber that && digits.equals(that.digits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(digits);
  }
}
