package jp.vaccinationoffice.caseserver.taskpanel;

import java.util.Map;
import jp.vaccinationoffice.common.Municipalities;

/** The case store's codes in the words staff use; a code without a word is shown as it is. */
public final class CaseWords {

  private static final Map<String, String> STATUS = Map.ofEntries(
      Map.entry("RECEIVED", "受付済み"),
      Map.entry("CONSENT_NOT_GIVEN", "同意なし"),
      Map.entry("CONSENT_WITHDRAWN", "同意撤回"),
      Map.entry("IDENTITY_NOT_VERIFIED", "本人確認できず"),
      Map.entry("REGISTRY_MISMATCH", "住民基本台帳と不一致"),
      Map.entry("NOT_PERMITTED", "照会不可"),
      Map.entry("QUERYING_VRS", "VRSに照会中"),
      Map.entry("RECORDS_NOT_FOUND", "接種記録なし"),
      Map.entry("TICKET_ISSUED", "接種券発行済み"),
      Map.entry("CLOSED_NO_RECORDS", "記録なしで終了"),
      Map.entry("AWAITING_APPROVAL", "承認待ち"));

  private static final Map<String, String> STEPS = Map.ofEntries(
      Map.entry("RECEIVED", "窓口で受付"),
      Map.entry("CONSENT_RECORDED", "同意を記録"),
      Map.entry("CONSENT_CONFIRMED", "同意を確認"),
      Map.entry("CONSENT_NOT_GIVEN", "同意なし"),
      Map.entry("CONSENT_WITHDRAWN", "同意の撤回"),
      Map.entry("CONSENT_ANSWER_RECORDED", "同意の確認結果を記録"),
      Map.entry("IDENTITY_DOCUMENTS_RECORDED", "本人確認書類を記録"),
      Map.entry("DECIDED_identity-verification", "本人確認を判定"),
      Map.entry("DECIDED_provision-permitted", "照会の可否を判定"),
      Map.entry("RESIDENT_CONFIRMED", "住民基本台帳で確認"),
      Map.entry("RESIDENT_NOT_CONFIRMED", "住民基本台帳と不一致"),
      Map.entry("RESIDENT_DETAILS_CORRECTED", "入力内容を訂正"),
      Map.entry("REGISTRY_MISMATCH_RESOLVED", "不一致への対応を記録"),
      Map.entry("RECORDS_RECEIVED", "接種記録を受領"),
      Map.entry("RECORDS_NOT_FOUND", "接種記録なし"),
      Map.entry("RECORDS_NOT_FOUND_RESOLVED", "記録なしへの対応を記録"),
      Map.entry("PREVIOUS_MUNICIPALITY_CORRECTED", "転出元コードを訂正"),
      Map.entry("PREVIOUS_MUNICIPALITY_NOT_CORRECTED", "転出元コードは訂正せず"),
      Map.entry("QUERY_REFUSED_CONSENT_WITHDRAWN", "同意撤回のため照会せず"),
      Map.entry("TICKET_NUMBER_ISSUED", "接種券番号を発行"),
      Map.entry("RECORDS_ADDED_TO_LEDGER", "予防接種台帳に記録"),
      Map.entry("NOTICE_RECORDED", "本人への通知を記録"));

  private CaseWords() {}

  public static String status(String code) {
    return code == null ? null : STATUS.getOrDefault(code, code);
  }

  public static String step(String code) {
    if (code != null && code.startsWith("STATUS_")) {
      return "状態: " + status(code.substring("STATUS_".length()));
    }
    return code == null ? null : STEPS.getOrDefault(code, code);
  }

  public static String consentScope(String scope) {
    return "QUERY_PREVIOUS_MUNICIPALITY_RECORDS".equals(scope) ? "転出元市区町村への接種記録の照会" : scope;
  }

  public static String consentChannel(String channel) {
    return switch (channel == null ? "" : channel) {
      case "COUNTER" -> "窓口";
      case "MAIL" -> "郵送";
      case "ONLINE" -> "電子申請";
      default -> channel;
    };
  }

  public static String consentEvidence(String evidence) {
    return switch (evidence == null ? "" : evidence) {
      case "SIGNED_FORM_HELD" -> "署名済みの同意書あり";
      case "SIGNED_FORM_PENDING" -> "同意書の到着待ち";
      default -> evidence;
    };
  }

  public static String consentState(String state) {
    return switch (state == null ? "" : state) {
      case "RECORDED" -> "記録済み（未確認）";
      case "CONFIRMED" -> "確認済み";
      case "NOT_GIVEN" -> "同意なし";
      case "USED" -> "照会に使用済み";
      case "WITHDRAWN" -> "撤回";
      default -> state;
    };
  }

  /** 宇部市（352021）: the name with the code, or the code where the name is not known. */
  public static String municipality(String code) {
    if (code == null) {
      return null;
    }
    return Municipalities.nameOf(code).map(name -> name + "（" + code + "）").orElse(code);
  }

  public static String legalBasis(String basis) {
    return basis == null ? "判定前" : basis;
  }

  public static String sex(String sex) {
    return switch (sex == null ? "" : sex) {
      case "MALE" -> "男";
      case "FEMALE" -> "女";
      default -> sex;
    };
  }
}
