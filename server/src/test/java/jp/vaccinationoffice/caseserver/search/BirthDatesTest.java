package jp.vaccinationoffice.caseserver.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDatesTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "1990-04-01, 1990-04-01",
      "1990/4/1, 1990-04-01",
      "19900401, 1990-04-01",
      "1990年4月1日, 1990-04-01",
      "１９９０年４月１日, 1990-04-01",
      "平成2年4月1日, 1990-04-01",
      "H2.4.1, 1990-04-01",
      "h02/04/01, 1990-04-01",
      "平成元年1月8日, 1989-01-08",
      "平成31年4月30日, 2019-04-30",
      "令和元年5月1日, 2019-05-01",
      "R3.2.28, 2021-02-28",
      "昭和64年1月7日, 1989-01-07",
      "S55.12.31, 1980-12-31",
      "昭和元年12月25日, 1926-12-25"})
  void westernAndJapaneseErasAreRead(String typed, LocalDate expected) {
    assertThat(BirthDates.parse(typed)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"平成31年5月1日", "昭和64年1月8日", "令和1年4月30日", "1990-02-30", "H0.1.1", "高橋", "12345"})
  void datesOutsideTheirEraOrImpossibleAreNoDates(String typed) {
    assertThat(BirthDates.parse(typed)).isEmpty();
  }
}
