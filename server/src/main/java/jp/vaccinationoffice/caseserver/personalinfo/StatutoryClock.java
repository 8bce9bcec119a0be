package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import jp.vaccinationoffice.caseserver.calendar.Deadline;
import jp.vaccinationoffice.caseserver.calendar.OfficeCalendar;
import org.springframework.stereotype.Component;
import jp.vaccinationoffice.common.OfficeTime;

/**
 * The statutory period of a decision (法第83条、第94条、第102条): 30 days counted from the day after
 * receipt, days of 補正 not counted, one extension by up to 30 days, or the 特例 (法第84条 etc.) with a
 * part decided within 60 days. The office calendar moves a deadline off a closed day.
 */
@Component
class StatutoryClock {

  static final int DECISION_DAYS = 30;
  static final int MAX_EXTENSION_DAYS = 30;
  static final int SPECIAL_PART_DAYS = 60;
  /** The period a 補正依頼書 gives for the answer. */
  static final int AMENDMENT_ANSWER_DAYS = 14;
  static final int WARNING_OPEN_DAYS = 5;
  private static final LocalTime WARNING_TIME = LocalTime.of(9, 0);

  /** How a deadline was computed, as the request view shows it. */
  record Computation(LocalDate receivedOn, int days, int pausedDays, boolean paused, Integer extensionDays,
      boolean special, LocalDate deadline, List<LocalDate> closedDaysSkipped) {}

  private final OfficeCalendar calendar;
  private final Clock clock;

  StatutoryClock(OfficeCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(OfficeTime.ZONE));
  }

  /** The deadline of a request; while the clock is stopped for 補正, as if the amendment came today. */
  Computation compute(RequestStore.Row row) {
    int paused = pausedDays(row, today());
    boolean special = row.specialRestBy() != null;
    int days = special ? SPECIAL_PART_DAYS
        : DECISION_DAYS + (row.extensionDays() == null ? 0 : row.extensionDays());
    Deadline deadline = calendar.deadline(row.municipalityCode(), row.receivedOn(), days, paused);
    return new Computation(row.receivedOn(), days, paused, row.paused(), special ? null : row.extensionDays(),
        special, deadline.date(), deadline.closedDaysSkipped());
  }

  LocalDate deadline(String municipalityCode, LocalDate receivedOn, int days, int pausedDays) {
    return calendar.deadline(municipalityCode, receivedOn, days, pausedDays).date();
  }

  /** Days of 補正 not counted: the days from the letter's day up to the day the amendment came. */
  static int pausedDays(RequestStore.Row row, LocalDate until) {
    int days = row.pausedDays();
    if (row.pausedSince() != null && until.isAfter(row.pausedSince())) {
      days += (int) ChronoUnit.DAYS.between(row.pausedSince(), until);
    }
    return days;
  }

  /** When the supervisors are warned: the office's morning five open days before the deadline. */
  Date warningAt(String municipalityCode, LocalDate deadline) {
    LocalDate day = calendar.openDaysBefore(municipalityCode, deadline, WARNING_OPEN_DAYS);
    return Date.from(day.atTime(WARNING_TIME).atZone(OfficeTime.ZONE).toInstant());
  }

  /** The answer period of a 補正依頼書 sent today ends with this day (moved off a closed day). */
  LocalDate amendmentAnswerBy(String municipalityCode) {
    return calendar.deadline(municipalityCode, today(), AMENDMENT_ANSWER_DAYS, 0).date();
  }

  /** The first instant after the answer period: the process stops waiting then. */
  static Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant());
  }

  boolean overdue(RequestStore.Row row, LocalDate deadline) {
    return !RequestStatuses.CLOSED.contains(row.status()) && !row.paused() && today().isAfter(deadline);
  }
}
