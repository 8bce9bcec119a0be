package jp.vaccinationoffice.caseserver.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseHolidaysTest {

  private static final DateTimeFormatter CABINET_OFFICE_DATE = DateTimeFormatter.ofPattern("yyyy/M/d");

  private final JapaneseHolidays holidays = new JapaneseHolidays();

  /** Every holiday of every year the Cabinet Office lists, and no other day of those years. */
  @Test
  void everyYearOfTheCabinetOfficesListIsComputedExactly() throws IOException {
    TreeMap<LocalDate, String> published = cabinetOfficeList();
    int first = published.firstKey().getYear();
    int last = published.lastKey().getYear();
    assertThat(first).isEqualTo(1955);
    assertThat(last).isGreaterThanOrEqualTo(2027);
    TreeMap<LocalDate, String> computed = new TreeMap<>();
    for (int year = first; year <= last; year++) {
      computed.putAll(holidays.holidaysOf(year));
    }
    assertThat(computed.keySet()).containsExactlyElementsOf(published.keySet());
    published.forEach((day, name) -> assertThat(sameHoliday(name, computed.get(day)))
        .as("%s: published %s, computed %s", day, name, computed.get(day)).isTrue());
    assertThat(published).hasSizeGreaterThan(1000);
  }

  /** The list names every 休日 of 第3条 just 休日, and the 2019 days 休日（祝日扱い）. */
  private static boolean sameHoliday(String published, String computed) {
    return switch (published) {
      case "休日" -> Set.of("振替休日", "国民の休日").contains(computed);
      case "休日（祝日扱い）" -> Set.of("天皇の即位の日", "即位礼正殿の儀の行われる日").contains(computed);
      case "体育の日（スポーツの日）" -> "体育の日".equals(computed);
      default -> published.equals(computed);
    };
  }

  @ParameterizedTest
  @CsvSource({
      "2019-04-30, 国民の休日", "2019-05-01, 天皇の即位の日", "2019-05-02, 国民の休日", "2019-05-06, 振替休日",
      "2019-10-22, 即位礼正殿の儀の行われる日", "2020-07-23, 海の日", "2020-07-24, スポーツの日", "2020-08-10, 山の日",
      "2021-07-22, 海の日", "2021-07-23, スポーツの日", "2021-08-08, 山の日", "2021-08-09, 振替休日",
      "2026-09-22, 国民の休日", "2032-09-21, 国民の休日", "2033-03-21, 振替休日", "2028-02-23, 天皇誕生日",
      "2030-03-20, 春分の日", "2030-09-23, 秋分の日", "2050-03-20, 春分の日", "1985-05-06, 振替休日",
      "1988-05-04, 国民の休日", "1973-04-30, 振替休日", "1959-04-10, 結婚の儀"})
  void namesTheHolidays(LocalDate day, String name) {
    assertThat(holidays.nameOf(day)).contains(name);
    assertThat(holidays.isHoliday(day)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"1966-10-11", "2019-12-23", "2019-02-23", "2020-10-12", "2021-10-11", "2021-07-19",
      "2021-08-11", "1972-09-24", "1986-05-04", "2003-05-04", "2026-12-29", "2027-01-04"})
  void otherDaysAreNoHolidays(LocalDate day) {
    assertThat(holidays.isHoliday(day)).isFalse();
    assertThat(holidays.nameOf(day)).isEmpty();
  }

  @Test
  void yearsBeyondTheFormulaAreRefused() {
    assertThatThrownBy(() -> holidays.isHoliday(LocalDate.of(2100, 1, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1949 to 2099");
  }

  private TreeMap<LocalDate, String> cabinetOfficeList() throws IOException {
    TreeMap<LocalDate, String> days = new TreeMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/calendar/syukujitsu.csv"), Charset.forName("Shift_JIS")))) {
      assertThat(reader.readLine()).isEqualTo("国民の祝日・休日月日,国民の祝日・休日名称");
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          String[] cells = line.split(",");
          assertThat(days.put(LocalDate.parse(cells[0], CABINET_OFFICE_DATE), cells[1].strip())).isNull();
        }
      }
    }
    return days;
  }

}
