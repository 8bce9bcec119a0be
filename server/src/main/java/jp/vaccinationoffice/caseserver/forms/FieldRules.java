package jp.vaccinationoffice.caseserver.forms;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.vaccinationoffice.common.MyNumber;

/**
 * The rules of one value against one form field, the same for a completion through the engine and
 * for the staff's request that leads to it. A value is a String, a Boolean or a Number; anything else
 * (a list, an object) fits no field.
 */
public final class FieldRules {


  private FieldRules() {}

  /** Null and blank text count as not given: form-js submits an emptied field that way. */
  public static boolean isGiven(Object value) {
    return value != null && !(value instanceof String text && text.isBlank());
  }

  public static FieldError missing(FormField field) {
    return new FieldError(field.key(), inJapanese(field, "を入力してください",
        field.key() + " is required (" + field.label() + ")"));
  }

  /** What is wrong with a value given for the field, if anything. */
  public static Optional<FieldError> problem(FormField field, Object value) {
    String key = field.key();
    return switch (field.kind()) {
      case TEXT -> text(field, value);
      case CHOICE -> value instanceof String text && field.values().contains(text) ? Optional.empty()
          : fail(field, "は選択肢から選んでください", key + " must be one of " + String.join(", ", field.values()));
      case BOOLEAN -> value instanceof Boolean ? Optional.empty()
          : fail(field, "は「はい」か「いいえ」で答えてください", key + " must be true or false");
      case NUMBER -> number(field, value);
      case UNSUPPORTED -> fail(field, "はこのサーバーでは設定できません", key + " cannot be set through this server");
    };
  }

  private static Optional<FieldError> text(FormField field, Object value) {
    String key = field.key();
    if (!(value instanceof String text)) {
      return fail(field, "は文字で入力してください", key + " must be a string");
    }
    if (field.minLength() != null && text.length() < field.minLength()
        || field.maxLength() != null && text.length() > field.maxLength()) {
      return fail(field, "の文字数がフォームの範囲外です", key + " has a length outside the form's limits");
    }
    // form-js tests a pattern the way JavaScript's RegExp.test does: somewhere in the text
    if (field.pattern() != null && !text.isEmpty() && !field.pattern().matcher(text).find()) {
      return fail(field, "の形式が正しくありません", key + " does not have the form's format");
    }
    if (MyNumber.appearsIn(text)) {
      return fail(field, "に個人番号（マイナンバー）を書かないでください",
          key + " must not hold an individual number (My Number)");
    }
    return Optional.empty();
  }

  private static Optional<FieldError> number(FormField field, Object value) {
    String key = field.key();
    BigDecimal number = decimal(value);
    if (number == null) {
      return fail(field, "は数字で入力してください", key + " must be a number");
    }
    if (field.min() != null && number.compareTo(field.min()) < 0
        || field.max() != null && number.compareTo(field.max()) > 0) {
      return fail(field, "がフォームの範囲外です", key + " is outside the form's limits");
    }
    return Optional.empty();
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      double real = ((Number) value).doubleValue();
      return Double.isFinite(real) ? BigDecimal.valueOf(real) : null;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    return null;
  }

  private static Optional<FieldError> fail(FormField field, String japanese, String english) {
    return Optional.of(new FieldError(field.key(), inJapanese(field, japanese, english)));
  }

  /**
   * What staff read first, in Japanese with the field's label, then the same in English with the
   * field's key for a client of the engine's REST API: 「身元確認書類」は選択肢から選んでください（identityDocument must be one of …）.
   */
  private static String inJapanese(FormField field, String japanese, String english) {
    String label = field.label() == null || field.label().isBlank() ? field.key() : field.label();
    return "「" + label + "」" + japanese + "（" + english + "）";
  }
}
