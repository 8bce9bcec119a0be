package jp.vaccinationoffice.caseserver.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerRowParserTest {

  private final LedgerRowParser parser = new LedgerRowParser(
      Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Tokyo")));
  private final List<ImportError> errors = new ArrayList<>();

  @Test
  void readsAValidLine() {
    LedgerRow row = parse(LedgerExportFile.line(1, 2));
    assertThat(errors).isEmpty();
    assertThat(row.line()).isEqualTo(7);
    assertThat(row.person().myNumber()).isEqualTo(LedgerExportFile.myNumber(1));
    assertThat(row.person().sex()).isEqualTo("MALE");
    assertThat(row.person().birthDate()).isEqualTo(LocalDate.of(1980, 4, 1));
    assertThat(row.dose().doseNumber()).isEqualTo(2);
    assertThat(row.dose().vaccinatedOn()).isEqualTo(LocalDate.of(2021, 7, 10));
    assertThat(row.dose().ticketNumber()).isNull();
  }

  @Test
  void acceptsSlashedDatesNumericSexAndATicketNumber() {
    LedgerRow row = parse(with(with(with(LedgerExportFile.line(1, 1), LedgerColumn.BIRTH_DATE, "1980/04/01"),
        LedgerColumn.SEX, "2"), LedgerColumn.TICKET_NUMBER, "3520600001"));
    assertThat(errors).isEmpty();
    assertThat(row.person().sex()).isEqualTo("FEMALE");
    assertThat(row.person().birthDate()).isEqualTo(LocalDate.of(1980, 4, 1));
    assertThat(row.dose().ticketNumber()).isEqualTo("3520600001");
  }

  @Test
  void aWrongCheckDigitIsNamedWithoutRepeatingTheNumber() {
    assertSingleError(LedgerColumn.MY_NUMBER, LedgerExportFile.wrongCheckDigit(1), "the check digit is wrong");
    assertThat(errors.get(0).message()).doesNotContain(LedgerExportFile.wrongCheckDigit(1));
  }

  @Test
  void eachKindOfBadValueIsNamedByItsColumn() {
    assertSingleError(LedgerColumn.MY_NUMBER, "12345", "must be 12 digits");
    assertSingleError(LedgerColumn.ADDRESSEE_NUMBER, "A-1", "digits");
    assertSingleError(LedgerColumn.NAME, "", "is required");
    assertSingleError(LedgerColumn.NAME_KANA, "やまだ", "katakana");
    assertSingleError(LedgerColumn.BIRTH_DATE, "1980-02-30", "not a calendar date");
    assertSingleError(LedgerColumn.BIRTH_DATE, "01/04/1980", "yyyy-MM-dd or yyyy/MM/dd");
    assertSingleError(LedgerColumn.BIRTH_DATE, "2030-01-01", "not a possible birth date");
    assertSingleError(LedgerColumn.SEX, "M", "男 or 女");
    assertSingleError(LedgerColumn.DOSE_NUMBER, "8", "from 1 to 7");
    assertSingleError(LedgerColumn.DOSE_NUMBER, "0", "from 1 to 7");
    assertSingleError(LedgerColumn.DOSE_NUMBER, "一", "from 1 to 7");
    assertSingleError(LedgerColumn.VACCINATED_ON, "2020-12-01", "outside the vaccination programme");
    assertSingleError(LedgerColumn.LOT, "", "is required");
    assertSingleError(LedgerColumn.TICKET_NUMBER, "12", "10 digits");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
      "=         | NAME",
      "+         | NAME_KANA",
      "-         | DOSE_NUMBER",
      "@         | MANUFACTURER",
      "=         | PRODUCT",
      "+         | LOT",
      "-         | ADDRESSEE_NUMBER",
      "@         | TICKET_NUMBER",
      "=         | BIRTH_DATE",
      "-         | MY_NUMBER",
      "TAB       | NAME",
      "CR        | LOT",
      "SPACE=    | PRODUCT"
  })
  void aCellThatStartsLikeASpreadsheetFormulaIsRefusedInEveryColumn(String start, LedgerColumn column) {
    String prefix = switch (start) {
      case "TAB" -> "\t";
      case "CR" -> "\r";
      case "SPACE=" -> " =";
      default -> start;
    };
    String line = LedgerExportFile.line(1, 1);
    String value = line.split(",", -1)[column.ordinal()];
    assertThat(parse(with(line, column, prefix + value))).isNull();
    assertThat(errors).filteredOn(error -> error.message().contains("formula")).singleElement()
        .satisfies(error -> {
          assertThat(error.line()).isEqualTo(7);
          assertThat(error.column()).isEqualTo(column.heading());
        });
  }

  @Test
  void noColumnTakesANegativeNumberSoRefusingALeadingMinusLosesNothing() {
    for (LedgerColumn column : List.of(LedgerColumn.ADDRESSEE_NUMBER, LedgerColumn.DOSE_NUMBER,
        LedgerColumn.TICKET_NUMBER, LedgerColumn.MY_NUMBER)) {
      errors.clear();
      assertThat(parse(with(LedgerExportFile.line(1, 1), column, "-1"))).as(column.name()).isNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "NUL in the name                 | NAME         | 山田\u0000太郎   | control character",
      "escape in the product           | PRODUCT      | コミナティ\u001B[2J | control character",
      "C1 control in the lot           | LOT          | FA\u00851234    | control character",
      "bidi override in the name       | NAME         | 山田\u202E太郎   | bidirectional",
      "bidi isolate in the manufacturer| MANUFACTURER | \u2066ファイザー | bidirectional",
      "zero-width space in the kana    | NAME_KANA    | ヤマダ\u200Bタロウ | invisible",
      "byte order mark in the lot      | LOT          | FA12\uFEFF34    | invisible",
      "only spaces in the manufacturer | MANUFACTURER | '\u3000 '       | is required",
      "a lot of 51 characters          | LOT          | AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | longer than 50"
  })
  void textColumnsFollowTheFreeTextRules(String what, LedgerColumn column, String escaped, String message) {
    assertSingleError(column, unescape(escaped), message);
  }

  @Test
  void textIsStoredInNfc() {
    LedgerRow row = parse(with(LedgerExportFile.line(1, 1), LedgerColumn.NAME_KANA, "カ\u3099ッコウ"));
    assertThat(errors).isEmpty();
    assertThat(row.person().nameKana()).isEqualTo("ガッコウ");
  }

  @Test
  void thePlaceholderMyNumberIsRefused() {
    assertSingleError(LedgerColumn.MY_NUMBER, "000000000000", "placeholder");
  }

  @Test
  void everyProblemOfALineIsReported() {
    String line = with(with(LedgerExportFile.line(1, 1), LedgerColumn.MY_NUMBER, "1"), LedgerColumn.VACCINATED_ON, "x");
    assertThat(parse(line)).isNull();
    assertThat(errors).extracting(ImportError::column).containsExactly("個人番号", "接種日");
  }

  @Test
  void aLineWithTheWrongNumberOfFieldsIsOneError() {
    assertThat(parser.parse(3, List.of("1", "2"), errors::add)).isNull();
    assertThat(errors).containsExactly(new ImportError(3, null, "the line has 2 fields, the header 12"));
  }

  private void assertSingleError(LedgerColumn column, String value, String message) {
    errors.clear();
    assertThat(parse(with(LedgerExportFile.line(1, 1), column, value))).isNull();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).line()).isEqualTo(7);
    assertThat(errors.get(0).column()).isEqualTo(column.heading());
    assertThat(errors.get(0).message()).contains(message);
  }

  private LedgerRow parse(String line) {
    return parser.parse(7, Arrays.asList(line.split(",", -1)), errors::add);
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (text.startsWith("\\u", i)) {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private static String with(String line, LedgerColumn column, String value) {
    String[] fields = line.split(",", -1);
    fields[column.ordinal()] = value;
    return String.join(",", fields);
  }
}
