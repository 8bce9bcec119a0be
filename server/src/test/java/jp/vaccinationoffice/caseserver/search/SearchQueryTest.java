package jp.vaccinationoffice.caseserver.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchQueryTest {

  private final NameKeys keys = NameKeys.standard();

  private SearchQuery parse(String q) {
    return SearchQuery.parse(q, null, null, null, null, null, null, keys);
  }

  @Test
  void nameWordsAreJoinedAndTheBirthDateIsTakenOut() {
    SearchQuery query = parse("髙橋 花子 平成2年4月1日");
    assertThat(query.nameKey()).isEqualTo(keys.key("高橋花子"));
    assertThat(query.birthDate()).isEqualTo(LocalDate.of(1990, 4, 1));
    assertThat(query.reference()).isNull();
  }

  @Test
  void aTicketNumberOrIdIsAReference() {
    assertThat(parse("0000000123").reference()).isEqualTo("0000000123");
    assertThat(parse("inq-2026-0001").reference()).isEqualTo("inq-2026-0001");
  }

  @Test
  void defaultsAndFilters() {
    SearchQuery query = SearchQuery.parse(null, "move-in", "TICKET_ISSUED", "2026-01-01", "2026-12-31", "2", "50", keys);
    assertThat(query.page()).isEqualTo(2);
    assertThat(query.size()).isEqualTo(50);
    assertThat(query.filters()).isEqualTo("type=move-in;status=TICKET_ISSUED;from=2026-01-01;to=2026-12-31;page=2;size=50");
    assertThat(parse("").size()).isEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "size 0            | q= | size=0       | size",
      "size 101          | q= | size=101     | size",
      "page -1           | q= | page=-1      | page",
      "page text         | q= | page=abc     | page",
      "from not a date   | q= | from=2026-13-01 | from",
      "to before from    | q= | to=2025-01-01 | to lies before from",
      "status lower case | q= | status=open  | status",
      "type with space   | q= | type=a b     | type"})
  void badParametersAreRefusedNamingTheParameter(String kind, String ignored, String parameter, String named) {
    String[] pair = parameter.split("=", 2);
    String type = pair[0].equals("type") ? pair[1] : null;
    String status = pair[0].equals("status") ? pair[1] : null;
    String from = pair[0].equals("from") ? pair[1] : pair[0].equals("to") ? "2026-01-01" : null;
    String to = pair[0].equals("to") ? pair[1] : null;
    String page = pair[0].equals("page") ? pair[1] : null;
    String size = pair[0].equals("size") ? pair[1] : null;
    assertThatThrownBy(() -> SearchQuery.parse(null, type, status, from, to, page, size, keys))
        .isInstanceOf(ApiException.class).hasMessageContaining(named);
  }

  @Test
  void aMyNumberIsNeverASearchTermAndIsNotRepeated() {
    String number = "12345678901" + MyNumber.checkDigit("12345678901");
    assertThatThrownBy(() -> parse("山田 " + number))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("My Number")
        .hasMessageNotContaining(number);
  }

  @Test
  void controlCharactersAndOverlongTextAreRefused() {
    assertThatThrownBy(() -> parse("山田\u0000")).hasMessageContaining("q contains a control character");
    assertThatThrownBy(() -> parse("あ".repeat(201))).hasMessageContaining("q is longer than 200");
  }

  @Test
  void aLoneNumberThatIsNoDateIsRefused() {
    assertThatThrownBy(() -> parse("123")).hasMessageContaining("neither a date nor a reference");
  }
}
