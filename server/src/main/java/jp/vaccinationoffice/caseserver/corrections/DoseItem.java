package jp.vaccinationoffice.caseserver.corrections;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.vaccinationoffice.caseserver.input.FreeText;
import jp.vaccinationoffice.workers.gateway.vrs.CorrectedItem;

/**
 * The items of a ledger dose a correction request can correct, with the ledger column each lives in
 * and the rules of its value (those of the ledger import): {@code VACCINATION_DATE} a date
 * {@code yyyy-MM-dd} not in the future, {@code DOSE_NUMBER} 1 to 7, {@code MANUFACTURER} and
 * {@code PRODUCT} free text of at most 100 characters, {@code LOT_NUMBER} at most 50.
 *
 * <p>Every item is specific personal information (特定個人情報, 番号法第2条第8項): the ledger holds
 * it under the person's My Number. The correction history therefore keeps both values sealed.
 */
public enum DoseItem {
  VACCINATION_DATE("vaccinated_on", CorrectedItem.DATE),
  DOSE_NUMBER("dose_number", CorrectedItem.DOSE_NUMBER),
  MANUFACTURER("manufacturer", CorrectedItem.MANUFACTURER),
  PRODUCT("product", CorrectedItem.PRODUCT),
  LOT_NUMBER("lot", CorrectedItem.LOT);

  static final int MAX_DOSE_NUMBER = 7;

  private final String column;
  private final CorrectedItem vrsItem;

  DoseItem(String column, CorrectedItem vrsItem) {
    this.column = column;
    this.vrsItem = vrsItem;
  }

  String column() {
    return column;
  }

  CorrectedItem vrsItem() {
    return vrsItem;
  }

  /** The value as it is stored; refuses a value the ledger would not hold, naming the item, never the value. */
  String normalised(String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      throw DoseCorrectionRefused.invalid(this + " needs a value");
    }
    return switch (this) {
      case VACCINATION_DATE -> date(value.strip(), today).toString();
      case DOSE_NUMBER -> String.valueOf(doseNumber(value.strip()));
      case MANUFACTURER, PRODUCT -> text(value, 100);
      case LOT_NUMBER -> text(value, 50);
    };
  }

  /** The value in the form the column takes. */
  Object columnValue(String normalised) {
    return switch (this) {
      case VACCINATION_DATE -> java.sql.Date.valueOf(LocalDate.parse(normalised));
      case DOSE_NUMBER -> Integer.valueOf(normalised);
      default -> normalised;
    };
  }

  private LocalDate date(String value, LocalDate today) {
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.isAfter(today)) {
        throw DoseCorrectionRefused.invalid(this + " lies in the future");
      }
      return date;
    } catch (DateTimeParseException e) {
      throw DoseCorrectionRefused.invalid(this + " must be a date (yyyy-MM-dd)");
    }
  }

  private int doseNumber(String value) {
    if (!value.matches("[1-9]") || Integer.parseInt(value) > MAX_DOSE_NUMBER) {
      throw DoseCorrectionRefused.invalid(this + " must be a number from 1 to " + MAX_DOSE_NUMBER);
    }
    return Integer.parseInt(value);
  }

  private String text(String value, int maxLength) {
    FreeText.Checked checked = FreeText.line(value, maxLength);
    if (checked.refused()) {
      throw DoseCorrectionRefused.invalid(this + " " + checked.problem());
    }
    return checked.value();
  }
}
