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

  private static String with(String line, LedgerColumn column, String value) {
    String[] fields = line.split(",", -1);
    fields[column.ordinal()] = value;
    return String.join(",", fields);
  }
}
