package jp.vaccinationoffice.caseserver.queues;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The due and follow-up dates the models declare on their user tasks ({@code due},
 * {@code followUp} extension properties), as dates in the office's time zone at its closing time.
 * An open day is a weekday for now; the office calendar with its holidays replaces
 * {@link #isOpenDay} when it arrives.
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

  public TaskDeadlines(Clock clock, QueueProperties properties) {
    this.clock = clock;
    this.properties = properties;
  }

  public Date dateFor(Rule rule) {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(properties.timeZone()));
    LocalDate today = now.toLocalDate();
    LocalDate day = switch (rule) {
      case SAME_OPEN_DAY -> isOpenDay(today) && now.toLocalTime().isBefore(properties.closingTime())
          ? today : nextOpenDay(today);
      case NEXT_OPEN_DAY -> nextOpenDay(today);
      case BEFORE_VRS_ANSWER_DEADLINE -> openDaysBefore(vrsAnswerDeadline(today), 1, today);
    };
    return Date.from(day.atTime(properties.closingTime()).atZone(properties.timeZone()).toInstant());
  }

  /** VRS expects the answer to an inquiry within so many open days from the day it arrived. */
  LocalDate vrsAnswerDeadline(LocalDate receivedOn) {
    LocalDate day = receivedOn;
    for (int open = 0; open < properties.vrsAnswerOpenDays(); ) {
      day = day.plusDays(1);
      if (isOpenDay(day)) {
        open++;
      }
    }
    return day;
  }

  private LocalDate openDaysBefore(LocalDate deadline, int openDays, LocalDate notBefore) {
    LocalDate day = deadline;
    for (int open = 0; open < openDays && day.isAfter(notBefore); ) {
      day = day.minusDays(1);
      if (isOpenDay(day)) {
        open++;
      }
    }
    return day;
  }

  private LocalDate nextOpenDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isOpenDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  boolean isOpenDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
