package jp.vaccinationoffice.simulators.support;

import java.util.regex.Pattern;

/** Last line of defence: masks anything that looks like a My Number in text that leaves the simulator. */
public final class Redaction {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

  private Redaction() {}

  public static String scrub(String text) {
    return text == null ? null : TWELVE_DIGITS.matcher(text).replaceAll("************");
  }
}
