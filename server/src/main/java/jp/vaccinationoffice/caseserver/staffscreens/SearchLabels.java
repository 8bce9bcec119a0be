package jp.vaccinationoffice.caseserver.staffscreens;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Japanese names of the search's document types and of the statuses its hits show. */
final class SearchLabels {

  static final Map<String, String> TYPES = ordered(
      "move-in", "転入者の接種記録照会",
      "provision-inquiry", "接種記録の提供",
      "certificate-request", "接種証明書の交付申請",
      "certificate", "接種証明書",
      "disclosure-request", "開示請求",
      "correction-request", "訂正請求",
      "suspension-request", "利用停止請求");

  static final Map<String, String> STATUSES = ordered(
      "RECEIVED", "受付済み",
      "CONSENT_NOT_GIVEN", "同意なし",
      "CONSENT_WITHDRAWN", "同意撤回",
      "IDENTITY_NOT_VERIFIED", "本人確認できず",
      "REGISTRY_MISMATCH", "住民記録と不一致",
      "NOT_PERMITTED", "照会できない",
      "QUERYING_VRS", "VRSに照会中",
      "RECORDS_NOT_FOUND", "記録が見つからない",
      "TICKET_ISSUED", "接種券発行済み",
      "CLOSED_NO_RECORDS", "記録なしで終了",
      "AWAITING_APPROVAL", "承認待ち",
      "APPLICANT_NOT_VERIFIED", "申請者を確認できず",
      "NO_DOSES_TO_CERTIFY", "証明できる接種なし",
      "ISSUED", "交付済み",
      "MAILED", "郵送済み",
      "SUPERSEDED", "再交付により失効",
      "REVOKED", "取消し",
      "CHECKING", "審査中",
      "AWAITING_AMENDMENT", "補正待ち",
      "AMENDMENT_PERIOD_EXPIRED", "補正期間経過",
      "GATHERING", "保有情報の確認中",
      "DRAFTING", "決定案の作成中",
      "AWAITING_DECISION", "決裁待ち",
      "CORRECTING", "訂正の実施中",
      "RESTRICTING", "利用停止の実施中",
      "REJECTED", "却下",
      "REQUESTER_REFUSED", "請求者を確認できず",
      "INADMISSIBLE", "不適法",
      "DISCLOSED", "開示",
      "PARTLY_DISCLOSED", "部分開示",
      "NOT_DISCLOSED", "不開示",
      "NOT_EXISTING", "不存在",
      "CORRECTED", "訂正",
      "PARTLY_CORRECTED", "一部訂正",
      "CORRECTION_REFUSED", "訂正しない",
      "SUSPENDED", "利用停止",
      "PARTLY_SUSPENDED", "一部利用停止",
      "SUSPENSION_REFUSED", "利用停止しない");

  private SearchLabels() {}

  /** The status's name; a status without one (e.g. a provision answer) is shown as its code. */
  static String status(String code) {
    if (code != null && code.startsWith("ANSWERED_")) {
      return "回答済み（" + code.substring("ANSWERED_".length()) + "）";
    }
    return STATUSES.getOrDefault(code, code);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
