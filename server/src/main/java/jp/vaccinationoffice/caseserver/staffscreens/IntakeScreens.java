package jp.vaccinationoffice.caseserver.staffscreens;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.api.FieldProblems.FieldProblem;
import jp.vaccinationoffice.common.InvalidIdentifierException;
import jp.vaccinationoffice.common.MyNumber;
import org.springframework.ui.Model;

/**
 * What the counter's intake screens share: reading what the browser typed (dates, a My Number in
 * groups), and showing a refusal field by field with a summary that links to each field.
 */
final class IntakeScreens {

  private IntakeScreens() {}

  /** Each field of a request as its screen names it: the request's field, the input's id, its label. */
  static Map<String, String[]> fields(String... triples) {
    Map<String, String[]> fields = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      fields.put(triples[i], new String[] {triples[i + 1], triples[i + 2]});
    }
    return fields;
  }

  /** The refusal's Japanese messages by field; several for one field are shown together. */
  static Map<String, String> errorsOf(ApiException refused) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem problem : FieldProblems.of(refused)) {
      errors.merge(problem.field(), problem.message(), (first, more) -> first + " " + more);
    }
    return errors;
  }

  /** The messages and the summary's links (input id and label) a form template shows. */
  static void showErrors(Model model, Map<String, String> errors, Map<String, String[]> fields, String general) {
    model.addAttribute("errors", errors);
    List<String[]> links = errors.keySet().stream()
        .map(field -> fields.getOrDefault(field, new String[] {"main", field})).toList();
    model.addAttribute("errorLinks", links);
    model.addAttribute("generalError", general);
  }

  /**
   * What a screen says when the same form was sent again: a double click whose first sending is
   * still being worked on, or a form whose key was used for other content.
   */
  static String sentAgain(ApiException conflict) {
    return conflict.getMessage() != null && conflict.getMessage().contains("still being worked on")
        ? "この受付は処理中です。少し待ってから、もう一度「受け付ける」を押してください。"
        : "同じ受付が別の内容で送られています。画面を開き直して、最初から入力してください。";
  }

  /** Clerks type the number as it is printed on the card, often in groups of four. */
  static String digitsOf(String typed) {
    return typed == null ? null : typed.replaceAll("[\\s\\-\\u3000]", "");
  }

  /** The masked form of a typed My Number, or null when it is none: the screens never echo the number. */
  static String maskedIfValid(String typed) {
    try {
      return typed == null || typed.isBlank() ? null : MyNumber.parse(digitsOf(typed)).masked();
    } catch (InvalidIdentifierException e) {
      return null;
    }
  }

  /** A date input's value; one that is no date is named in {@code problems}. */
  static LocalDate date(String value, String field, FieldProblems problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(field, field + " is not a date (yyyy-MM-dd)", "日付を 2026-12-06 の形で入力してください。");
      return null;
    }
  }

  /** A text input left empty is no value. */
  static String given(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
