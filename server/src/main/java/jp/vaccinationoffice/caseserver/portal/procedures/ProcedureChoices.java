package jp.vaccinationoffice.caseserver.portal.procedures;

import java.util.LinkedHashMap;
import java.util.Map;

/** The choices the forms offer, each value of the request with the words a resident reads for it. */
public final class ProcedureChoices {

  static final ProcedureChoices INSTANCE = new ProcedureChoices();

  private final Map<String, String> records = ordered(
      "VACCINATION_RECORDS", "接種記録（予防接種台帳の接種日・ワクチン・ロット番号など）",
      "CERTIFICATES", "交付した接種証明書の記録",
      "PROVISION_RECORDS", "他の市区町村などへ情報を提供した記録",
      "CASES", "転入時の接種記録照会などの手続の記録");
  private final Map<String, String> methods = ordered(
      "VIEW", "窓口で閲覧する",
      "PAPER_COPY", "写し（紙）の交付を受ける",
      "ELECTRONIC_COPY", "電子データ（PDF・CSV）で受け取る");
  private final Map<String, String> items = ordered(
      "VACCINATION_DATE", "接種日",
      "LOT_NUMBER", "ロット番号",
      "PRODUCT", "ワクチンの製品名",
      "MANUFACTURER", "ワクチンのメーカー");
  private final Map<String, String> measures = ordered(
      "STOP_USE", "利用の停止（市が情報を使うことをやめる）",
      "ERASE", "消去（市が情報を消す）",
      "STOP_PROVISION", "提供の停止（他の市区町村などへ情報を提供することをやめる）");
  private final Map<String, String> grounds = ordered(
      "UNLAWFUL_RETENTION", "市が、必要な範囲を超えて情報を保有している",
      "IMPROPER_USE", "違法または不当な行為を助長するなど、不適正に利用されている",
      "UNLAWFUL_ACQUISITION", "偽りその他不正な手段で取得された",
      "PURPOSE_OUTSIDE_USE", "利用目的の範囲を超えて利用されている",
      "UNLAWFUL_PROVISION", "法律に反して他の機関へ提供されている",
      "MY_NUMBER_ACT_VIOLATION", "番号法（マイナンバー法）に反して収集・保管・提供されている");
  private final Map<String, String> sexes = ordered("MALE", "男", "FEMALE", "女");

  private ProcedureChoices() {}

  public Map<String, String> getRecords() { return records; }
  public Map<String, String> getMethods() { return methods; }
  public Map<String, String> getItems() { return items; }
  public Map<String, String> getMeasures() { return measures; }
  public Map<String, String> getGrounds() { return grounds; }
  public Map<String, String> getSexes() { return sexes; }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
