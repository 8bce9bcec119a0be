package jp.vaccinationoffice.caseserver.queues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The due and follow-up dates a model's rule gives a task created at a given moment in Tokyo. */
class TaskDeadlinesTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final QueueProperties OFFICE = new QueueProperties(TOKYO, LocalTime.of(17, 15), 3, Duration.ofDays(1),
      Duration.ofMinutes(5));

  @ParameterizedTest(name = "{0} created {1} is due {2}")
  @CsvSource(delimiter = '|', textBlock = """
      SAME_OPEN_DAY              | 2026-12-07T10:00 | 2026-12-07T17:15
      SAME_OPEN_DAY              | 2026-12-07T17:30 | 2026-12-08T17:15
      SAME_OPEN_DAY              | 2026-12-05T10:00 | 2026-12-07T17:15
      SAME_OPEN_DAY              | 2026-12-04T18:00 | 2026-12-07T17:15
      NEXT_OPEN_DAY              | 2026-12-07T10:00 | 2026-12-08T17:15
      NEXT_OPEN_DAY              | 2026-12-04T10:00 | 2026-12-07T17:15
      BEFORE_VRS_ANSWER_DEADLINE | 2026-12-07T10:00 | 2026-12-09T17:15
      BEFORE_VRS_ANSWER_DEADLINE | 2026-12-03T10:00 | 2026-12-07T17:15
      """)
  void aTaskIsDueAtClosingTimeOfTheDayItsRuleGives(TaskDeadlines.Rule rule, String createdAt, String dueAt) {
    Clock clock = Clock.fixed(ZonedDateTime.of(java.time.LocalDateTime.parse(createdAt), TOKYO).toInstant(), TOKYO);

    TaskDeadlines deadlines = new TaskDeadlines(clock, OFFICE);

    assertThat(deadlines.dateFor(rule).toInstant())
        .isEqualTo(ZonedDateTime.of(java.time.LocalDateTime.parse(dueAt), TOKYO).toInstant());
  }

  @ParameterizedTest(name = "an inquiry received {0} must be answered by {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-12-07 | 2026-12-10
      2026-12-03 | 2026-12-08
      2026-12-05 | 2026-12-09
      """)
  void vrsGivesThreeOpenDaysToAnswer(LocalDate received, LocalDate deadline) {
    TaskDeadlines deadlines = new TaskDeadlines(Clock.system(TOKYO), OFFICE);

    assertThat(deadlines.vrsAnswerDeadline(received)).isEqualTo(deadline);
  }
}
