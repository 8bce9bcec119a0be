package jp.vaccinationoffice.caseserver.queues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import jp.vaccinationoffice.caseserver.calendar.OfficeCalendar;
import jp.vaccinationoffice.caseserver.calendar.OfficeCalendars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The due and follow-up dates a model's rule gives a task created at a given moment in Tokyo, on the
 * office calendar of the task's municipality: 2026-12-08 is a day 防府市 closed its office on, 宇部市
 * did not; 2026-11-23 (勤労感謝の日) is a national holiday; 12/29 to 1/3 are the year-end closing.
 */
class TaskDeadlinesTest {

  private static final String HOFU = "352063";
  private static final OfficeCalendar CALENDAR = OfficeCalendars.withClosedDays(
      Map.of(HOFU, Set.of(LocalDate.of(2026, 12, 8))));

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final QueueProperties OFFICE = new QueueProperties(TOKYO, LocalTime.of(17, 15), 3, Duration.ofDays(1),
      Duration.ofMinutes(5));

  @ParameterizedTest(name = "{0} of {1} created {2} is due {3}")
  @CsvSource(delimiter = '|', textBlock = """
      SAME_OPEN_DAY              | 352021 | 2026-12-07T10:00 | 2026-12-07T17:15
      SAME_OPEN_DAY              | 352021 | 2026-12-07T17:30 | 2026-12-08T17:15
      SAME_OPEN_DAY              | 352063 | 2026-12-07T17:30 | 2026-12-09T17:15
      SAME_OPEN_DAY              | 352063 | 2026-12-08T10:00 | 2026-12-09T17:15
      SAME_OPEN_DAY              | 352021 | 2026-12-05T10:00 | 2026-12-07T17:15
      SAME_OPEN_DAY              | 352021 | 2026-12-04T18:00 | 2026-12-07T17:15
      SAME_OPEN_DAY              | 352021 | 2026-11-23T10:00 | 2026-11-24T17:15
      SAME_OPEN_DAY              | 352021 | 2026-11-20T18:00 | 2026-11-24T17:15
      SAME_OPEN_DAY              | 352021 | 2026-12-28T18:00 | 2027-01-04T17:15
      NEXT_OPEN_DAY              | 352021 | 2026-12-07T10:00 | 2026-12-08T17:15
      NEXT_OPEN_DAY              | 352063 | 2026-12-07T10:00 | 2026-12-09T17:15
      NEXT_OPEN_DAY              | 352021 | 2026-12-04T10:00 | 2026-12-07T17:15
      NEXT_OPEN_DAY              | 352021 | 2026-12-25T10:00 | 2026-12-28T17:15
      NEXT_OPEN_DAY              | 352021 | 2026-12-28T10:00 | 2027-01-04T17:15
      BEFORE_VRS_ANSWER_DEADLINE | 352021 | 2026-12-07T10:00 | 2026-12-09T17:15
      BEFORE_VRS_ANSWER_DEADLINE | 352063 | 2026-12-07T10:00 | 2026-12-10T17:15
      BEFORE_VRS_ANSWER_DEADLINE | 352021 | 2026-12-03T10:00 | 2026-12-07T17:15
      BEFORE_VRS_ANSWER_DEADLINE | 352021 | 2026-11-19T10:00 | 2026-11-24T17:15
      """)
  void aTaskIsDueAtClosingTimeOfTheDayItsRuleGives(TaskDeadlines.Rule rule, String municipality, String createdAt,
      String dueAt) {
    Clock clock = Clock.fixed(ZonedDateTime.of(java.time.LocalDateTime.parse(createdAt), TOKYO).toInstant(), TOKYO);

    TaskDeadlines deadlines = new TaskDeadlines(clock, OFFICE, CALENDAR);

    assertThat(deadlines.dateFor(rule, municipality).toInstant())
        .isEqualTo(ZonedDateTime.of(java.time.LocalDateTime.parse(dueAt), TOKYO).toInstant());
  }

  @ParameterizedTest(name = "an inquiry to {0} received {1} must be answered by {2}")
  @CsvSource(delimiter = '|', textBlock = """
      352021 | 2026-12-07 | 2026-12-10
      352063 | 2026-12-07 | 2026-12-11
      352021 | 2026-12-03 | 2026-12-08
      352021 | 2026-12-05 | 2026-12-09
      352021 | 2026-11-20 | 2026-11-26
      352021 | 2026-12-25 | 2027-01-05
      """)
  void vrsGivesThreeOpenDaysToAnswer(String municipality, LocalDate received, LocalDate deadline) {
    TaskDeadlines deadlines = new TaskDeadlines(Clock.system(TOKYO), OFFICE, CALENDAR);

    assertThat(deadlines.vrsAnswerDeadline(received, municipality)).isEqualTo(deadline);
  }
}
