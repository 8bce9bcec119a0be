package jp.vaccinationoffice.workers.gateway;

import java.util.regex.Pattern;

/** Masks anything that looks like a My Number in text a national system sent back. */
final class Redaction {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

  private Redaction() {}

  static String scrub(String text) {
    return text == null ? null : TWELVE_DIGITS.matcher(text).replaceAll("************");
  }
}
