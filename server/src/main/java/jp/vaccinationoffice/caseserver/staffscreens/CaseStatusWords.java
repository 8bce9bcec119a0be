package jp.vaccinationoffice.caseserver.staffscreens;

import java.util.Map;
import jp.vaccinationoffice.caseserver.taskpanel.CaseWords;

/** The statuses and journal steps of requests and certificates in the words staff use; a code without one is shown as it is. */
final class CaseStatusWords {

  private static final Map<String, String> STATUS = Map.ofEntries(
      Map.entry("CHECKING", "書類の確認中"),
      Map.entry("AWAITING_AMENDMENT", "補正待ち"),
      Map.entry("AMENDMENT_PERIOD_EXPIRED", "補正の期間切れ"),
      Map.entry("GATHERING", "保有情報の調査中"),
      Map.entry("DRAFTING", "決定の起案中"),
      Map.entry("AWAITING_DECISION", "決定待ち"),
      Map.entry("CORRECTING", "訂正の実施中"),
      Map.entry("RESTRICTING", "利用停止の実施中"),
      Map.entry("REJECTED", "却下"),
      Map.entry("REQUESTER_REFUSED", "請求者を確認できず"),
      Map.entry("INADMISSIBLE", "請求の要件を満たさず"),
      Map.entry("DISCLOSED", "開示"),
      Map.entry("PARTLY_DISCLOSED", "部分開示"),
      Map.entry("NOT_DISCLOSED", "不開示"),
      Map.entry("NOT_EXISTING", "不存在"),
      Map.entry("CORRECTED", "訂正"),
      Map.entry("PARTLY_CORRECTED", "一部訂正"),
      Map.entry("CORRECTION_REFUSED", "訂正しない"),
      Map.entry("SUSPENDED", "利用停止"),
      Map.entry("PARTLY_SUSPENDED", "一部利用停止"),
      Map.entry("SUSPENSION_REFUSED", "利用停止しない"),
      Map.entry("APPLICANT_NOT_VERIFIED", "申請者を確認できず"),
      Map.entry("NO_DOSES_TO_CERTIFY", "証明できる接種なし"),
      Map.entry("ISSUED", "交付済み"),
      Map.entry("MAILED", "郵送済み"),
      Map.entry("SUPERSEDED", "再交付により無効"),
      Map.entry("REVOKED", "取消し"),
      Map.entry("VALID", "有効"),
      Map.entry("ANSWERED_PROVIDED", "提供して回答済み"),
      Map.entry("ANSWERED_NOT_FOUND", "該当者なしと回答済み"),
      Map.entry("ANSWERED_REFUSED", "提供を断って回答済み"));

  private static final Map<String, String> STEPS = Map.ofEntries(
      Map.entry("AMENDMENT_RECEIVED", "補正を受領"),
      Map.entry("APPLICANT_DOCUMENTS_RECORDED", "申請者の本人確認書類を記録"),
      Map.entry("CERTIFICATE_POSTED", "証明書を郵送"),
      Map.entry("CORRECTION_NOT_APPLICABLE", "訂正の対象なし"),
      Map.entry("DEADLINE_WARNING", "期限が近いことを通知"),
      Map.entry("DEADLINE_WARNING_NOTED", "期限の通知を確認"),
      Map.entry("DECISION_DRAFTED", "決定を起案"),
      Map.entry("REQUEST_CHECKED", "請求書と書類を確認"),
      Map.entry("REQUEST_DECIDED", "決定"),
      Map.entry("DOSES_FOUND_IN_LEDGER", "予防接種台帳で接種を確認"),
      Map.entry("DOSES_FOUND_IN_VRS", "VRSで接種を確認"),
      Map.entry("CERTIFICATE_ISSUED", "証明書を交付"),
      Map.entry("CERTIFICATE_REISSUED", "証明書を再交付"),
      Map.entry("CERTIFICATE_SUPERSEDED", "再交付により旧証明書を無効化"),
      Map.entry("CERTIFICATE_REVOKED", "証明書を取消し"));

  private CaseStatusWords() {}

  static String status(String code) {
    return code == null ? null : STATUS.getOrDefault(code, CaseWords.status(code));
  }

  static String step(String code) {
    if (code != null && code.startsWith("STATUS_")) {
      return "状態: " + status(code.substring("STATUS_".length()));
    }
    if (code == null || STEPS.containsKey(code)) {
      return code == null ? null : STEPS.get(code);
    }
    String word = CaseWords.step(code);
    return word.equals(code) && code.startsWith("DECIDED_") ? "判定（" + code.substring("DECIDED_".length()) + "）" : word;
  }

  static String requestType(String type) {
    return switch (type == null ? "" : type) {
      case "DISCLOSURE" -> "開示請求";
      case "CORRECTION" -> "訂正請求";
      case "SUSPENSION" -> "利用停止請求";
      default -> type;
    };
  }

  static String letter(String kind) {
    return switch (kind == null ? "" : kind) {
      case "AMENDMENT_REQUEST" -> "補正依頼書";
      case "EXTENSION_NOTICE" -> "延長通知書";
      case "SPECIAL_EXTENSION_NOTICE" -> "特例延長通知書";
      case "DISCLOSURE_DECISION" -> "開示決定通知書";
      case "PARTIAL_DISCLOSURE_DECISION" -> "部分開示決定通知書";
      case "NON_DISCLOSURE_DECISION" -> "不開示決定通知書";
      case "CORRECTION_DECISION" -> "訂正決定通知書";
      case "SUSPENSION_DECISION" -> "利用停止決定通知書";
      default -> kind;
    };
  }

  static String channel(String channel) {
    return switch (channel == null ? "" : channel) {
      case "KIOSK" -> "コンビニ交付";
      case "APP" -> "接種証明書アプリ";
      default -> CaseWords.consentChannel(channel);
    };
  }

  static String relationship(String relationship) {
    return switch (relationship == null ? "" : relationship) {
      case "SELF" -> "本人";
      case "LEGAL_REPRESENTATIVE" -> "法定代理人";
      case "AGENT" -> "任意代理人";
      default -> relationship;
    };
  }
}
