package jp.vaccinationoffice.caseserver.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeCalendarTest {

  private static final String HOFU = "352063";

  private final OfficeClosedDays configured = mock(OfficeClosedDays.class);
  private final OfficeCalendar calendar = new OfficeCalendar(new JapaneseHolidays(), configured);

  @BeforeEach
  void noConfiguredClosedDays() {
    when(configured.between(any(), any(), any())).thenReturn(Set.of());
  }

  @Test
  void thirtyDaysAreCountedFromTheDayAfterReceipt() {
    Deadline deadline = calendar.deadline(HOFU, LocalDate.of(2026, 6, 1), 30, 0);
    assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(deadline.closedDaysSkipped()).isEmpty();
  }

  @Test
  void aDeadlineOnAWeekendMovesToMonday() {
    Deadline deadline = calendar.deadline(HOFU, LocalDate.of(2026, 6, 4), 30, 0);
    assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 7, 6));
    assertThat(deadline.closedDaysSkipped()).containsExactly(LocalDate.of(2026, 7, 4), LocalDate.of(2026, 7, 5));
  }

  @Test
  void aDeadlineInTheYearEndClosingMovesPastNewYearAndTheWeekendAfterIt() {
    Deadline deadline = calendar.deadline(HOFU, LocalDate.of(2026, 11, 29), 30, 0);
    assertThat(deadline.date()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(deadline.closedDaysSkipped()).containsExactly(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30),
        LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3));
  }

  /** Golden Week: 5/3–5/6 in the years the days fall differently. */
  @ParameterizedTest
  @CsvSource({
      "2026-05-03, 2026-05-07, 4", // Sunday 5/3: 振替休日 on 5/6
      "2026-05-06, 2026-05-07, 1",
      "2025-05-03, 2025-05-07, 4", // Saturday 5/3, Sunday みどりの日: 振替休日 on 5/6
      "2027-05-03, 2027-05-06, 3", // Monday to Wednesday, Thursday open
      "2020-05-04, 2020-05-07, 3", // 2020: 5/3 Sunday → 振替休日 5/6
      "2019-04-27, 2019-05-07, 10"}) // 2019: ten days from Saturday 4/27 to Monday 5/6 (即位の日 and 国民の休日)
  void aDeadlineInGoldenWeekMovesToTheFirstOpenDayAfterIt(LocalDate counted, LocalDate deadline, int skipped) {
    Deadline moved = calendar.deadline(HOFU, counted.minusDays(30), 30, 0);
    assertThat(moved.date()).isEqualTo(deadline);
    assertThat(moved.closedDaysSkipped()).hasSize(skipped).first().isEqualTo(counted);
  }

  @Test
  void silverWeekHolidaysChainWithTheWeekend() {
    // 2026: Saturday 9/19, Sunday, 敬老の日 9/21, 国民の休日 9/22, 秋分の日 9/23
    Deadline deadline = calendar.deadline(HOFU, LocalDate.of(2026, 8, 20), 30, 0);
    assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 9, 24));
    assertThat(deadline.closedDaysSkipped()).hasSize(5);
  }

  @Test
  void pausedDaysAreAddedBeforeTheDeadlineIsMoved() {
    Deadline deadline = calendar.deadline(HOFU, LocalDate.of(2026, 6, 1), 30, 10);
    assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 7, 13));
    assertThat(deadline.closedDaysSkipped()).containsExactly(LocalDate.of(2026, 7, 11), LocalDate.of(2026, 7, 12));
    assertThat(calendar.deadline(HOFU, LocalDate.of(2026, 6, 1), 30, 1).date()).isEqualTo(LocalDate.of(2026, 7, 2));
  }

  @Test
  void aDayTheMunicipalityClosedCountsAsClosedForItOnly() {
    LocalDate closed = LocalDate.of(2026, 7, 1);
    when(configured.between(eq(HOFU), any(), any())).thenReturn(Set.of(closed));
    Deadline deadline = calendar.deadline(HOFU, LocalDate.of(2026, 6, 1), 30, 0);
    assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 7, 2));
    assertThat(deadline.closedDaysSkipped()).containsExactly(closed);
    assertThat(calendar.isOpenDay(HOFU, closed)).isFalse();
    assertThat(calendar.isOpenDay("352021", closed)).isTrue();
    assertThat(calendar.deadline("352021", LocalDate.of(2026, 6, 1), 30, 0).date()).isEqualTo(closed);
  }

  /** A long closure (e.g. the office moving) is read range after range, however long it is. */
  @Test
  void aClosureLongerThanTheLookAheadIsPassedWhole() {
    LocalDate first = LocalDate.of(2026, 7, 1);
    LocalDate last = LocalDate.of(2026, 10, 30);
    when(configured.between(eq(HOFU), any(), any())).thenAnswer(call -> {
      LocalDate from = call.getArgument(1);
      LocalDate to = call.getArgument(2);
      return first.datesUntil(last.plusDays(1)).filter(d -> !d.isBefore(from) && !d.isAfter(to))
          .collect(java.util.stream.Collectors.toSet());
    });
    Deadline deadline = calendar.deadline(HOFU, LocalDate.of(2026, 6, 1), 30, 0);
    assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(deadline.closedDaysSkipped()).hasSize(124).startsWith(first).endsWith(LocalDate.of(2026, 11, 1));
    assertThat(calendar.openDaysBefore(HOFU, LocalDate.of(2026, 11, 2), 1)).isEqualTo(LocalDate.of(2026, 6, 30));
  }

  @ParameterizedTest
  @CsvSource({"2026-12-07, true", "2026-12-05, false", "2026-12-06, false", "2026-11-23, false", "2026-12-28, true",
      "2026-12-29, false", "2027-01-03, false", "2027-01-04, true", "2027-01-11, false", "2026-03-20, false"})
  void openDays(LocalDate day, boolean open) {
    assertThat(calendar.isOpenDay(HOFU, day)).isEqualTo(open);
  }

  @Test
  void openDaysBeforeCountsBackOverClosedDays() {
    assertThat(calendar.openDaysBefore(HOFU, LocalDate.of(2027, 1, 4), 5)).isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(calendar.openDaysBefore(HOFU, LocalDate.of(2026, 12, 11), 5)).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(calendar.openDaysBefore(HOFU, LocalDate.of(2026, 5, 7), 1)).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(calendar.openDaysBefore(HOFU, LocalDate.of(2026, 5, 7), 0)).isEqualTo(LocalDate.of(2026, 5, 7));
  }

  @Test
  void openDaysBeforeSkipsTheMunicipalitysClosedDays() {
    when(configured.between(eq(HOFU), any(), any())).thenReturn(Set.of(LocalDate.of(2026, 12, 10)));
    assertThat(calendar.openDaysBefore(HOFU, LocalDate.of(2026, 12, 11), 5)).isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @Test
  void closedDaysSayWhy() {
    assertThat(List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 30),
        LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 7)).stream().map(calendar::closedBecause))
        .containsExactly("土曜日", "日曜日", "年末年始", "文化の日", null);
  }

  @Test
  void aPeriodNeedsDays() {
    assertThatThrownBy(() -> calendar.deadline(HOFU, LocalDate.of(2026, 6, 1), 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.deadline(HOFU, LocalDate.of(2026, 6, 1), 30, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.openDaysBefore(HOFU, LocalDate.of(2026, 6, 1), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
