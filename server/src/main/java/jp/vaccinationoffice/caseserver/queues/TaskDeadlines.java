package jp.vaccinationoffice.caseserver.queues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Predicate;
import jp.vaccinationoffice.caseserver.calendar.OfficeCalendar;
import org.springframework.stereotype.Component;

/**
 * The due and follow-up dates the models declare on their user tasks ({@code due},
 * {@code followUp} extension properties), as dates in the office's time zone at its closing time.
 * Open days are those of the task's municipality in the {@link OfficeCalendar}: no weekend, national
 * holiday, year-end closing or day the municipality closed its office on.
 */
@Component
public class TaskDeadlines {

  /** What a model may declare as a user task's {@code due} or {@code followUp}. */
  public enum Rule {
    /** Move-in work is finished on the day the resident came, or on the next open day. */
    SAME_OPEN_DAY,
    /** A task waiting for the resident comes back on the next open day. */
    NEXT_OPEN_DAY,
    /** A provision approval is due one open day before VRS's answer deadline for the inquiry. */
    BEFORE_VRS_ANSWER_DEADLINE
  }

  private final Clock clock;
  private final QueueProperties properties;
  private final OfficeCalendar calendar;

  public TaskDeadlines(Clock clock, QueueProperties properties, OfficeCalendar calendar) {
    this.clock = clock;
    this.properties = properties;
    this.calendar = calendar;
  }

  /** The date the rule gives a task of the municipality (the task's tenant) created now. */
  public Date dateFor(Rule rule, String municipalityCode) {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(properties.timeZone()));
    LocalDate today = now.toLocalDate();
    Predicate<LocalDate> open = day -> calendar.isOpenDay(municipalityCode, day);
    LocalDate day = switch (rule) {
      case SAME_OPEN_DAY -> open.test(today) && now.toLocalTime().isBefore(properties.closingTime())
          ? today : nextOpenDay(today, open);
      case NEXT_OPEN_DAY -> nextOpenDay(today, open);
      case BEFORE_VRS_ANSWER_DEADLINE -> openDaysBefore(vrsAnswerDeadline(today, open), 1, today, open);
    };
    return Date.from(day.atTime(properties.closingTime()).atZone(properties.timeZone()).toInstant());
  }

  /** VRS expects the answer to an inquiry within so many open days from the day it arrived. */
  LocalDate vrsAnswerDeadline(LocalDate receivedOn, String municipalityCode) {
    return vrsAnswerDeadline(receivedOn, day -> calendar.isOpenDay(municipalityCode, day));
  }

  private LocalDate vrsAnswerDeadline(LocalDate receivedOn, Predicate<LocalDate> isOpen) {
    LocalDate day = receivedOn;
    for (int open = 0; open < properties.vrsAnswerOpenDays(); ) {
      day = day.plusDays(1);
      if (isOpen.test(day)) {
        open++;
      }
    }
    return day;
  }

  private static LocalDate openDaysBefore(LocalDate deadline, int openDays, LocalDate notBefore, Predicate<LocalDate> isOpen) {
    LocalDate day = deadline;
    for (int open = 0; open < openDays && day.isAfter(notBefore); ) {
      day = day.minusDays(1);
      if (isOpen.test(day)) {
        open++;
      }
    }
    return day;
  }

  private static LocalDate nextOpenDay(LocalDate day, Predicate<LocalDate> isOpen) {
    LocalDate next = day.plusDays(1);
    while (!isOpen.test(next)) {
      next = next.plusDays(1);
    }
    return next;
  }
}
