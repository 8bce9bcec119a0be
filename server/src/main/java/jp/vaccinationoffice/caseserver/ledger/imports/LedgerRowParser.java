package jp.vaccinationoffice.caseserver.ledger.imports;

import static jp.vaccinationoffice.caseserver.ledger.imports.LedgerColumn.*;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.csv.CsvWriter;
import jp.vaccinationoffice.caseserver.input.FreeText;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.common.MyNumber;

/**
 * Reads one line of the export into a {@link LedgerRow}, reporting every problem of the line. Dates
 * are {@code yyyy-MM-dd} or {@code yyyy/MM/dd}; 性別 is 男/女 or 1/2; 接種回 is 1 to
 * {@value #LAST_DOSE_NUMBER}, the doses of the national programme. A cell that starts like a
 * spreadsheet formula ({@code = + - @}, tab, carriage return) is refused in every column: no column
 * holds a negative number or any other value that may start so. Text columns follow {@link FreeText}.
 */
final class LedgerRowParser {

  static final int LAST_DOSE_NUMBER = 7;
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
  /** The first COVID-19 vaccinations in Japan (医療従事者等への先行接種). */
  private static final LocalDate FIRST_VACCINATION_DAY = LocalDate.of(2021, 2, 17);
  private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{2})[-/](\\d{2})");
  private static final Pattern ADDRESSEE_NUMBER_FORMAT = Pattern.compile("\\d{1,15}");
  private static final Pattern TICKET_NUMBER_FORMAT = Pattern.compile("\\d{10}");
  private static final Pattern KATAKANA = Pattern.compile("[\\u30A1-\\u30FA\\u30FC\\u30FD\\u30FE\\u3000 ]+");

  private final LocalDate today;

  LedgerRowParser(Clock clock) {
    this.today = LocalDate.now(clock);
  }

  /** The row, or null after passing each problem of the line to {@code errors}. */
  LedgerRow parse(int line, List<String> fields, Consumer<ImportError> errors) {
    if (fields.size() != LedgerColumn.values().length) {
      errors.accept(new ImportError(line, null, "the line has " + fields.size() + " fields, the header "
          + LedgerColumn.values().length));
      return null;
    }
    Problems problems = new Problems(line, errors);
    for (LedgerColumn column : LedgerColumn.values()) {
      String cell = fields.get(column.ordinal());
      if (CsvWriter.startsLikeFormula(cell) || CsvWriter.startsLikeFormula(cell.strip())) {
        problems.add(column, "starts with a character a spreadsheet reads as a formula (=, +, -, @, tab or carriage return)");
      }
    }
    String addressee = fields.get(ADDRESSEE_NUMBER.ordinal()).strip();
    if (!ADDRESSEE_NUMBER_FORMAT.matcher(addressee).matches()) {
      problems.add(ADDRESSEE_NUMBER, "must be 1 to 15 digits");
    }
    String myNumber = fields.get(MY_NUMBER.ordinal()).strip();
    if (!MyNumber.isValid(myNumber)) {
      problems.add(MY_NUMBER, !myNumber.matches("\\d{12}") ? "must be 12 digits"
          : MyNumber.isPlaceholder(myNumber) ? "is the placeholder of twelve zeros, not an individual number"
          : "the check digit is wrong");
    }
    String name = text(fields, NAME, 200, problems);
    String kana = text(fields, NAME_KANA, 200, problems);
    if (!kana.isEmpty() && !KATAKANA.matcher(kana).matches()) {
      problems.add(NAME_KANA, "must be written in full-width katakana");
    }
    LocalDate birthDate = date(fields, BIRTH_DATE, problems);
    if (birthDate != null && (birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today))) {
      problems.add(BIRTH_DATE, "is not a possible birth date");
      birthDate = null;
    }
    String sex = sex(fields.get(SEX.ordinal()).strip(), problems);
    int doseNumber = doseNumber(fields.get(DOSE_NUMBER.ordinal()).strip(), problems);
    LocalDate vaccinatedOn = date(fields, VACCINATED_ON, problems);
    if (vaccinatedOn != null && (vaccinatedOn.isBefore(FIRST_VACCINATION_DAY) || vaccinatedOn.isAfter(today))) {
      problems.add(VACCINATED_ON, "lies outside the vaccination programme (2021-02-17 to today)");
    } else if (vaccinatedOn != null && birthDate != null && vaccinatedOn.isBefore(birthDate)) {
      problems.add(VACCINATED_ON, "lies before the birth date");
    }
    String manufacturer = text(fields, MANUFACTURER, 100, problems);
    String product = text(fields, PRODUCT, 100, problems);
    String lot = text(fields, LOT, 50, problems);
    String ticket = fields.get(TICKET_NUMBER.ordinal()).strip();
    if (!ticket.isEmpty() && !TICKET_NUMBER_FORMAT.matcher(ticket).matches()) {
      problems.add(TICKET_NUMBER, "must be 10 digits or empty");
    }
    if (problems.found) {
      return null;
    }
    return new LedgerRow(line,
        new Ledger.Person(addressee, myNumber, name, kana, birthDate, sex),
        new Ledger.Dose(doseNumber, vaccinatedOn, manufacturer, product, lot, ticket.isEmpty() ? null : ticket));
  }

  private static String text(List<String> fields, LedgerColumn column, int maxLength, Problems problems) {
    FreeText.Checked checked = FreeText.line(fields.get(column.ordinal()), maxLength);
    if (checked.refused()) {
      problems.add(column, checked.problem());
      return "";
    }
    return checked.value();
  }

  private static LocalDate date(List<String> fields, LedgerColumn column, Problems problems) {
    var matcher = DATE.matcher(fields.get(column.ordinal()).strip());
    if (!matcher.matches()) {
      problems.add(column, "must be a date written yyyy-MM-dd or yyyy/MM/dd");
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
          Integer.parseInt(matcher.group(3)));
    } catch (DateTimeException e) {
      problems.add(column, "is not a calendar date");
      return null;
    }
  }

  private static String sex(String value, Problems problems) {
    return switch (value) {
      case "男", "1" -> "MALE";
      case "女", "2" -> "FEMALE";
      default -> {
        problems.add(SEX, "must be 男 or 女 (or 1 or 2)");
        yield null;
      }
    };
  }

  private static int doseNumber(String value, Problems problems) {
    if (value.matches("[1-9]\\d?") && Integer.parseInt(value) <= LAST_DOSE_NUMBER) {
      return Integer.parseInt(value);
    }
    problems.add(DOSE_NUMBER, "must be a dose number from 1 to " + LAST_DOSE_NUMBER);
    return 0;
  }

  private static final class Problems {
    private final int line;
    private final Consumer<ImportError> errors;
    private boolean found;

    Problems(int line, Consumer<ImportError> errors) {
      this.line = line;
      this.errors = errors;
    }

    void add(LedgerColumn column, String message) {
      found = true;
      errors.accept(ImportError.at(line, column, message));
    }
  }
}
