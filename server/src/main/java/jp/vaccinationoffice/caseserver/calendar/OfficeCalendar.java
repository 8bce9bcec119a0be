package jp.vaccinationoffice.caseserver.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The days a municipality's office is open, and the statutory deadlines counted on them.
 *
 * <p>Closed: Saturdays, Sundays, national holidays ({@link JapaneseHolidays}), 12/29 to 1/3 (the
 * 休日 of 地方自治法第4条の2第2項 every municipality's ordinance names) and the days the
 * municipality's administrators closed the office on ({@link OfficeClosedDays}).
 *
 * <p>A period of days is counted from the day after receipt (民法第140条, 初日不算入); days the
 * clock stood still (補正) are added; a deadline on a closed day moves to the next open day (民法第142条
 * and 地方自治法第4条の2第4項).
 */
@Service
public class OfficeCalendar {

  /** How far ahead the municipality's closed days are read at once (runs of closed days are shorter). */
  private static final int LOOK_AHEAD_DAYS = 62;
  private static final MonthDay YEAR_END_CLOSING_FROM = MonthDay.of(12, 29);
  private static final MonthDay NEW_YEAR_CLOSING_UNTIL = MonthDay.of(1, 3);

  private final JapaneseHolidays holidays;
  private final OfficeClosedDays configured;

  public OfficeCalendar(JapaneseHolidays holidays, OfficeClosedDays configured) {
    this.holidays = holidays;
    this.configured = configured;
  }

  /**
   * The deadline of a period of {@code days} days for a request received on {@code receivedOn},
   * extended by {@code pausedDays} days during which the clock stood still.
   *
   * @throws IllegalArgumentException when {@code days} is below 1 or {@code pausedDays} below 0
   */
  public Deadline deadline(String municipalityCode, LocalDate receivedOn, int days, int pausedDays) {
    if (days < 1 || pausedDays < 0) {
      throw new IllegalArgumentException("a period needs at least one day and no negative paused days");
    }
    LocalDate counted = receivedOn.plusDays((long) days + pausedDays);
    LocalDate loadedUntil = counted.plusDays(LOOK_AHEAD_DAYS);
    Set<LocalDate> closedByMunicipality = new HashSet<>(configured.between(municipalityCode, counted, loadedUntil));
    List<LocalDate> skipped = new ArrayList<>();
    LocalDate day = counted;
    while (!isOpen(day, closedByMunicipality)) {
      skipped.add(day);
      day = day.plusDays(1);
      if (day.isAfter(loadedUntil)) {
        closedByMunicipality.addAll(configured.between(municipalityCode, day, loadedUntil.plusDays(LOOK_AHEAD_DAYS)));
        loadedUntil = loadedUntil.plusDays(LOOK_AHEAD_DAYS);
      }
    }
    return new Deadline(day, skipped);
  }

  public boolean isOpenDay(String municipalityCode, LocalDate day) {
    return isOpen(day, configured.between(municipalityCode, day, day));
  }

  /**
   * The day {@code openDays} open days before {@code day} (not counting {@code day} itself), e.g.
   * when to warn of a deadline; {@code day} itself for 0.
   */
  public LocalDate openDaysBefore(String municipalityCode, LocalDate day, int openDays) {
    if (openDays < 0) {
      throw new IllegalArgumentException("openDays must not be negative");
    }
    LocalDate loadedFrom = day.minusDays(openDays * 2L + LOOK_AHEAD_DAYS);
    Set<LocalDate> closedByMunicipality = new HashSet<>(configured.between(municipalityCode, loadedFrom, day));
    LocalDate result = day;
    for (int counted = 0; counted < openDays; ) {
      result = result.minusDays(1);
      if (result.isBefore(loadedFrom)) {
        closedByMunicipality.addAll(configured.between(municipalityCode, loadedFrom.minusDays(LOOK_AHEAD_DAYS), result));
        loadedFrom = loadedFrom.minusDays(LOOK_AHEAD_DAYS);
      }
      if (isOpen(result, closedByMunicipality)) {
        counted++;
      }
    }
    return result;
  }

  /** Why the office is closed on the day (土曜日, 日曜日, the holiday's name, 年末年始), or null when it is open; municipality-configured days not included. */
  public String closedBecause(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return "土曜日";
    }
    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return "日曜日";
    }
    if (isYearEndClosing(day)) {
      return "年末年始";
    }
    return holidays.nameOf(day).orElse(null);
  }

  private boolean isOpen(LocalDate day, Set<LocalDate> closedByMunicipality) {
    return closedBecause(day) == null && !closedByMunicipality.contains(day);
  }

  private static boolean isYearEndClosing(LocalDate day) {
    MonthDay monthDay = MonthDay.from(day);
    return !monthDay.isBefore(YEAR_END_CLOSING_FROM) || !monthDay.isAfter(NEW_YEAR_CLOSING_UNTIL);
  }
}
