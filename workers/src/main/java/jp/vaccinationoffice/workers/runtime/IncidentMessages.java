package jp.vaccinationoffice.workers.runtime;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

/**
 * Failure texts stored by the engine as incident messages and details. Gateways already keep My
 * Numbers out of their messages; this masks any twelve-digit run that a lower layer might have put
 * into a message or a stack trace, since incidents are shown in Cockpit and kept in history.
 */
final class IncidentMessages {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{8}(\\d{4})(?!\\d)");
  private static final int MAX_MESSAGE_LENGTH = 600;

  private IncidentMessages() {}

  static String message(Throwable failure) {
    String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return truncate(mask(text));
  }

  static String truncate(String text) {
    return text.length() > MAX_MESSAGE_LENGTH ? text.substring(0, MAX_MESSAGE_LENGTH) : text;
  }

  static String details(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return mask(trace.toString());
  }

  static String mask(String text) {
    return TWELVE_DIGITS.matcher(text).replaceAll("********$1");
  }
}
