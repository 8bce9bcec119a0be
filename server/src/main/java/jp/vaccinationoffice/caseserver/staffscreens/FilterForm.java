package jp.vaccinationoffice.caseserver.staffscreens;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.vaccinationoffice.caseserver.input.FreeText;

/**
 * The filters a record screen was asked for, read one by one: each value it cannot use gets its
 * Japanese message under the field's name, and the screen then searches nothing.
 */
final class FilterForm {

  /** Longer values name no id the log or the records hold. */
  static final int MAX_ID_LENGTH = 64;

  private final Map<String, String> errors = new LinkedHashMap<>();

  /** A date written 2026-12-07 (what a date input sends), or null when empty. */
  LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      if (date.getYear() < 2000 || date.getYear() > 2099) {
        errors.put(field, "2000年から2099年までの日付を入力してください。");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.put(field, "日付は 2026-12-07 の形で入力してください。");
      return null;
    }
  }

  /** An id or user name, or null when empty. */
  String id(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > MAX_ID_LENGTH) {
      errors.put(field, MAX_ID_LENGTH + "文字以内で入力してください。");
      return null;
    }
    if (FreeText.forbiddenCharacter(stripped, false) != null) {
      errors.put(field, "使えない文字（制御文字など）が含まれています。");
      return null;
    }
    return stripped;
  }

  /** {@code to} may not lie before {@code from}. */
  void inOrder(String toField, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      errors.put(toField, "開始日より後の日付を入力してください。");
    }
  }

  void refuse(String field, String message) {
    errors.put(field, message);
  }

  boolean isValid() {
    return errors.isEmpty();
  }

  Map<String, String> errors() {
    return errors;
  }
}
