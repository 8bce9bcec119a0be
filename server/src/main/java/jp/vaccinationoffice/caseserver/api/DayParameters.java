package jp.vaccinationoffice.caseserver.api;

import java.time.LocalDate;

/**
 * Query and path parameters that are days. The office's records, deadlines and calendars lie in
 * this century; a day far outside it is a mistake, and one at the edge of what Java's dates hold
 * cannot even be turned into the next day or an instant.
 */
public final class DayParameters {

  public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  public static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

  private DayParameters() {}

  /** 400 unless {@code day} (when given) lies between {@link #FIRST_DAY} and {@link #LAST_DAY}. */
  public static void requireWithin(String parameter, LocalDate day) {
    requireWithin(parameter, day, LAST_DAY);
  }

  /** 400 unless {@code day} (when given) lies between {@link #FIRST_DAY} and {@code last}. */
  public static void requireWithin(String parameter, LocalDate day, LocalDate last) {
    if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(last))) {
      throw ApiException.badRequest("the parameter '" + parameter + "' must lie between " + FIRST_DAY + " and " + last);
    }
  }
}
