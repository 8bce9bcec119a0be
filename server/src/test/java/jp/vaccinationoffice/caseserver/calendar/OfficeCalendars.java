package jp.vaccinationoffice.caseserver.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Office calendars for tests of other features: the real holidays, and closed days held in memory. */
public final class OfficeCalendars {

  private OfficeCalendars() {}

  /** A calendar in which each municipality also closed its office on the days given for it. */
  public static OfficeCalendar withClosedDays(Map<String, Set<LocalDate>> closedDays) {
    return new OfficeCalendar(new JapaneseHolidays(), new ClosedDaysInMemory(closedDays));
  }

  private static final class ClosedDaysInMemory extends OfficeClosedDays {

    private final Map<String, Set<LocalDate>> closedDays;

    ClosedDaysInMemory(Map<String, Set<LocalDate>> closedDays) {
      super(null);
      this.closedDays = closedDays;
    }

    @Override
    Set<LocalDate> between(String municipalityCode, LocalDate from, LocalDate to) {
      return closedDays.getOrDefault(municipalityCode, Set.of()).stream()
          .filter(day -> !day.isBefore(from) && !day.isAfter(to))
          .collect(Collectors.toSet());
    }
  }
}
