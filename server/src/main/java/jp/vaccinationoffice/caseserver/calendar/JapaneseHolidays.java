package jp.vaccinationoffice.caseserver.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's national holidays as 国民の祝日に関する法律 (昭和23年法律第178号) and its amendments define
 * them, computed, not looked up: the 国民の祝日 of each year (fixed days, the Happy Monday days from
 * 2000 and 2003, 春分の日 and 秋分の日 by the astronomical formula), the 休日 the law adds (振替休日
 * from 12 April 1973, 国民の休日 from 27 December 1985, both as revised in 2007), the days special
 * laws made holidays (皇室 ceremonies of 1959, 1989, 1990, 1993 and 2019) and the moves for the
 * Tokyo Olympics in 2020 and 2021. Checked against the Cabinet Office's list for 1955–2027.
 *
 * <p>春分・秋分 are fixed each February for the next year in the 官報 from the national observatory's
 * calculation; the formula used here gives those days for 1900–2099, the years this class answers.
 */
public final class JapaneseHolidays {

  public static final int FIRST_YEAR = 1949;
  public static final int LAST_YEAR = 2099;

  private static final LocalDate SUBSTITUTE_HOLIDAYS_FROM = LocalDate.of(1973, 4, 12);
  private static final LocalDate CITIZENS_HOLIDAYS_FROM = LocalDate.of(1985, 12, 27);
  private static final int REVISION_OF_2007 = 2007;

  private final Map<Integer, NavigableMap<LocalDate, String>> years = new ConcurrentHashMap<>();

  public boolean isHoliday(LocalDate day) {
    return nameOf(day).isPresent();
  }

  /** The holiday's name (振替休日 and 国民の休日 for the 休日 of 第3条), empty on other days. */
  public Optional<String> nameOf(LocalDate day) {
    return Optional.ofNullable(holidaysOf(day.getYear()).get(day));
  }

  /**
   * Every holiday of the year with its name, in date order.
   *
   * @throws IllegalArgumentException for a year outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
   */
  public NavigableMap<LocalDate, String> holidaysOf(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("holidays are known for " + FIRST_YEAR + " to " + LAST_YEAR);
    }
    return years.computeIfAbsent(year, y -> Collections.unmodifiableNavigableMap(compute(y)));
  }

  private static NavigableMap<LocalDate, String> compute(int year) {
    NavigableMap<LocalDate, String> holidays = nationalHolidays(year);
    addSubstituteHolidays(year, holidays);
    addCitizensHolidays(year, holidays);
    return holidays;
  }

  /** 第2条 (国民の祝日) and the days special laws made 国民の祝日 or treat as such. */
  static NavigableMap<LocalDate, String> nationalHolidays(int year) {
    NavigableMap<LocalDate, String> days = new TreeMap<>();
    days.put(LocalDate.of(year, 1, 1), "元日");
    days.put(year < 2000 ? LocalDate.of(year, 1, 15) : nthMonday(year, Month.JANUARY, 2), "成人の日");
    if (year >= 1967) {
      days.put(LocalDate.of(year, 2, 11), "建国記念の日");
    }
    if (year >= 2020) {
      days.put(LocalDate.of(year, 2, 23), "天皇誕生日");
    }
    days.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
    days.put(LocalDate.of(year, 4, 29), year < 1989 ? "天皇誕生日" : year < 2007 ? "みどりの日" : "昭和の日");
    days.put(LocalDate.of(year, 5, 3), "憲法記念日");
    if (year >= 2007) {
      days.put(LocalDate.of(year, 5, 4), "みどりの日");
    }
    days.put(LocalDate.of(year, 5, 5), "こどもの日");
    summerDays(year, days);
    if (year >= 1966) {
      days.put(year < 2003 ? LocalDate.of(year, 9, 15) : nthMonday(year, Month.SEPTEMBER, 3), "敬老の日");
    }
    days.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
    if (year >= 1966 && year < 2020) {
      days.put(year < 2000 ? LocalDate.of(year, 10, 10) : nthMonday(year, Month.OCTOBER, 2), "体育の日");
    } else if (year >= 2022) {
      days.put(nthMonday(year, Month.OCTOBER, 2), "スポーツの日");
    }
    days.put(LocalDate.of(year, 11, 3), "文化の日");
    days.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
    if (year >= 1989 && year <= 2018) {
      days.put(LocalDate.of(year, 12, 23), "天皇誕生日");
    }
    days.putAll(SpecialDays.of(year));
    return days;
  }

  /** 海の日, 山の日 and, in the Olympic years, スポーツの日 (平成30年法律第57号, 令和2年法律第68号). */
  private static void summerDays(int year, NavigableMap<LocalDate, String> days) {
    if (year == 2020) {
      days.put(LocalDate.of(2020, 7, 23), "海の日");
      days.put(LocalDate.of(2020, 7, 24), "スポーツの日");
      days.put(LocalDate.of(2020, 8, 10), "山の日");
    } else if (year == 2021) {
      days.put(LocalDate.of(2021, 7, 22), "海の日");
      days.put(LocalDate.of(2021, 7, 23), "スポーツの日");
      days.put(LocalDate.of(2021, 8, 8), "山の日");
    } else {
      if (year >= 1996) {
        days.put(year < 2003 ? LocalDate.of(year, 7, 20) : nthMonday(year, Month.JULY, 3), "海の日");
      }
      if (year >= 2016) {
        days.put(LocalDate.of(year, 8, 11), "山の日");
      }
    }
  }

  /**
   * 第3条第2項: a 国民の祝日 on a Sunday makes a 休日 of the next day that is not a 国民の祝日 (until
   * 2006: of the next day, if that is not a 国民の祝日 itself).
   */
  private static void addSubstituteHolidays(int year, NavigableMap<LocalDate, String> days) {
    for (LocalDate holiday : new TreeMap<>(days).keySet()) {
      if (holiday.getDayOfWeek() != SUNDAY || holiday.isBefore(SUBSTITUTE_HOLIDAYS_FROM)) {
        continue;
      }
      LocalDate substitute = holiday.plusDays(1);
      if (year >= REVISION_OF_2007) {
        while (days.containsKey(substitute)) {
          substitute = substitute.plusDays(1);
        }
      }
      if (!days.containsKey(substitute) && substitute.getYear() == year) {
        days.put(substitute, "振替休日");
      }
    }
  }

  /**
   * 第3条第3項: a day whose day before and day after are 国民の祝日 is a 休日 (until 2006: unless a
   * Sunday or a 振替休日).
   */
  private static void addCitizensHolidays(int year, NavigableMap<LocalDate, String> days) {
    NavigableMap<LocalDate, String> national = nationalHolidays(year);
    for (LocalDate holiday : national.keySet()) {
      LocalDate between = holiday.plusDays(1);
      if (between.isBefore(CITIZENS_HOLIDAYS_FROM) || national.containsKey(between)
          || !national.containsKey(between.plusDays(1))) {
        continue;
      }
      boolean excludedBefore2007 = year < REVISION_OF_2007
          && (between.getDayOfWeek() == SUNDAY || days.containsKey(between));
      if (!excludedBefore2007 && !days.containsKey(between)) {
        days.put(between, "国民の休日");
      }
    }
  }

  /**
   * 春分日 (day of March) by the formula the national observatory's figures follow for 1900–2099:
   * 20.8357 (until 1979) or 20.8431 + 0.242194 (y − 1980) − leap days since then.
   */
  static int vernalEquinoxDay(int year) {
    return equinoxDay(year, year < 1980 ? 20.8357 : 20.8431);
  }

  /** 秋分日 (day of September): 23.2588 (until 1979) or 23.2488 + 0.242194 (y − 1980) − leap days. */
  static int autumnalEquinoxDay(int year) {
    return equinoxDay(year, year < 1980 ? 23.2588 : 23.2488);
  }

  private static int equinoxDay(int year, double base) {
    // integer division truncating towards zero, as the formula is published
    int leapDays = year < 1980 ? (year - 1983) / 4 : (year - 1980) / 4;
    return (int) Math.floor(base + 0.242194 * (year - 1980) - leapDays);
  }

  private static LocalDate nthMonday(int year, Month month, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, MONDAY));
  }
}
