package jp.vaccinationoffice.caseserver.portal.procedures;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Says in Japanese, next to the form's field, what the intakes' validation refused. The intakes
 * name each problem by the request's field in English; this table knows which form field that is
 * and what to tell the resident: once for a missing value, once for a value of the wrong form.
 */
final class ProblemMessages {

  /** A request field: the form field it comes from, what to say when it is missing, and when it is wrong. */
  private record Field(String formField, String missing, String wrong) {}

  private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

  static {
    field("requester.address", "address", "連絡先の住所を入力してください。",
        "住所は300文字以内で、改行や記号などの特殊な文字を含めずに入力してください。");
    field("requester.phone", "phone", "電話番号を入力してください。",
        "電話番号は、数字（ハイフンは入れても構いません）で入力してください。例：0835-25-2111");
    field("disclosure.records", "records", "開示を求める情報を1つ以上選んでください。", null);
    field("disclosure.method", "method", "開示を受ける方法を選んでください。", null);
    field("correction.records.reference", "doseNumber", "訂正を求める接種回を選んでください。", null);
    field("correction.records.item", "item", "訂正を求める項目を選んでください。", null);
    field("correction.records.requestedValue", "requestedValue", "正しい内容を入力してください。",
        "正しい内容は100文字以内で入力してください。接種日は 2021-06-14 の形で、2021年2月17日以降の日付を入力してください。");
    field("correction.records", "doseNumber", "訂正を求める接種回を選んでください。", null);
    field("correction.reason", "reason", "訂正を求める理由を入力してください。",
        "理由は1000文字以内で、記号などの特殊な文字を含めずに入力してください。");
    field("suspension.measure", "measure", "求める措置を選んでください。", null);
    field("suspension.ground", "ground", "請求の理由を選んでください。", null);
    field("passport.number", "passportNumber", "旅券番号を入力してください。",
        "旅券番号は、日本の旅券ではアルファベット2文字と数字7桁（例：TK1234567）、外国の旅券では英数字6〜9文字で入力してください。");
    field("passport.nationality", "nationality", "国籍を入力してください。",
        "国籍は、旅券に記載された3文字の国名コード（例：JPN）で入力してください。");
    field("passport.familyNameRoman", "familyNameRoman", "姓（ローマ字）を入力してください。",
        "姓は、旅券のとおりローマ字（A〜Z）で入力してください。空白、ハイフン、アポストロフィも使えます。");
    field("passport.givenNameRoman", "givenNameRoman", "名（ローマ字）を入力してください。",
        "名は、旅券のとおりローマ字（A〜Z）で入力してください。空白、ハイフン、アポストロフィも使えます。");
    field("passport.otherName", "otherName", null, "旧姓・別姓・別名は100文字以内で入力してください。");
  }

  private ProblemMessages() {}

  private static void field(String requestField, String formField, String missing, String wrong) {
    FIELDS.put(requestField, new Field(formField, missing, wrong));
  }

  /**
   * The refused request's problems by form field, in the order of {@code formFields}; those of no
   * form field first, under {@code ""}.
   */
  static Map<String, String> of(ApiException refused, String... formFields) {
    Map<String, String> found = of(refused);
    Map<String, String> ordered = new LinkedHashMap<>();
    if (found.containsKey("")) {
      ordered.put("", found.get(""));
    }
    for (String field : formFields) {
      if (found.containsKey(field)) {
        ordered.put(field, found.get(field));
      }
    }
    found.forEach(ordered::putIfAbsent);
    return ordered;
  }

  private static Map<String, String> of(ApiException refused) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (refused.status() != HttpStatus.BAD_REQUEST) {
      errors.put("", general(refused));
      return errors;
    }
    for (String problem : String.valueOf(refused.getMessage()).split("; ")) {
      String path = problem.replaceAll("\\[\\d+]", "");
      Field field = FIELDS.entrySet().stream()
          .filter(entry -> path.startsWith(entry.getKey() + " ") || path.startsWith(entry.getKey() + "."))
          .map(Map.Entry::getValue).findFirst().orElse(null);
      if (field == null) {
        errors.putIfAbsent("", general(refused));
      } else {
        boolean missing = problem.contains("is required") || field.wrong() == null;
        errors.putIfAbsent(field.formField(), missing && field.missing() != null ? field.missing() : field.wrong());
      }
    }
    return errors;
  }

  private static String general(ApiException refused) {
    String detail = String.valueOf(refused.getMessage());
    if (refused.status() == HttpStatus.CONFLICT && refused.properties().containsKey("restriction")) {
      return "利用停止の決定により、この市ではあなたの接種証明書を交付できません。詳しくは窓口にお問い合わせください。";
    }
    if (refused.status() == HttpStatus.CONFLICT) {
      return "この申請は、別の内容で一度送られています。お手数ですが、申請の選択から始めてください。";
    }
    if (detail.startsWith("subject")) {
      return "市の予防接種台帳にあなたの記録が見つかりませんでした。窓口にお問い合わせください。";
    }
    return "受け付けられませんでした。お手数ですが、申請の選択から始めてください。";
  }
}
