package jp.vaccinationoffice.caseserver.staffscreens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.vaccinationoffice.caseserver.ledger.imports.ImportPhase;
import jp.vaccinationoffice.caseserver.ledger.imports.ImportStatus;
import jp.vaccinationoffice.caseserver.taskpanel.CaseWords;
import jp.vaccinationoffice.caseserver.taskpanel.JapaneseDates;

/**
 * Dates (Asia/Tokyo, 2026年12月7日 17時15分) and codes in the words the record screens use; the
 * templates reach it as {@code words}.
 */
public final class ScreenWords {

  /** What an access-log row can be about, as the filter offers it. */
  public static final Map<String, String> SUBJECT_TYPES = subjectTypes();

  private static final Map<String, String> ACTIONS = Map.of("READ", "閲覧", "SEARCH", "検索", "EXPORT", "出力",
      "CREATE", "登録", "UPDATE", "更新", "DELETE", "削除", "REFUSE", "受け取りを拒否", "ALERT", "警告（サインインの停止）",
      "UNLOCK", "サインインの停止を解除");

  private static Map<String, String> subjectTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put("CASE", "案件");
    types.put("PERSON", "人");
    types.put("SEARCH", "検索");
    types.put("LEDGER", "予防接種台帳");
    types.put("LEDGER_IMPORT", "台帳の取込ファイル");
    types.put("LEDGER_DOSE", "台帳の接種記録");
    types.put("PROVISION_RECORDS", "情報提供等の記録");
    types.put("CONSENT", "同意");
    types.put("CERTIFICATE_REQUEST", "証明書の申請");
    types.put("CERTIFICATE", "接種証明書");
    types.put("ELECTRONIC_APPLICATION", "電子申請");
    types.put("PERSONAL_INFORMATION_REQUEST", "開示・訂正・利用停止請求");
    types.put("INFORMATION_GATHERED", "保有個人情報の調査");
    types.put("PROCESSING_RESTRICTION", "利用停止の措置");
    types.put("RESIDENT_ACCOUNT", "住民のアカウント");
    types.put("SIGN_IN", "サインイン");
    return Collections.unmodifiableMap(types);
  }

  public String action(String action) {
    return action == null ? null : ACTIONS.getOrDefault(action, action);
  }

  public String subjectType(String type) {
    return type == null ? null : SUBJECT_TYPES.getOrDefault(type, type);
  }

  /** The recorded business reason: the task or case it names, or that none was given. */
  public String justification(String justification) {
    if (justification == null || justification.isBlank()) {
      return "記録なし";
    }
    if (justification.startsWith("task:")) {
      return "タスク " + justification.substring("task:".length());
    }
    if (justification.startsWith("case:")) {
      return "案件 " + justification.substring("case:".length());
    }
    return justification;
  }

  /** What the check of the hash chain found wrong, in the words of the screens. */
  public String chainProblem(String problem) {
    if (problem == null) {
      return null;
    }
    if (problem.startsWith("the chain head")) {
      return "連鎖の先頭の記録（access_log_head）がありません。";
    }
    if (problem.startsWith("row missing")) {
      return "行が欠けています（削除された可能性があります）。";
    }
    if (problem.startsWith("row beyond")) {
      return "連鎖の先頭より後ろに、連鎖につながらない行があります。";
    }
    if (problem.startsWith("previous_hash")) {
      return "直前の行とハッシュがつながっていません（行が差し替えられた可能性があります）。";
    }
    return "行の内容がハッシュと一致しません（書き換えられた可能性があります）。";
  }

  /** Why a read is listed without a business need, without the English the API adds for its callers. */
  public String unjustifiedReason(String description) {
    int english = description == null ? -1 : description.indexOf(" (");
    return english < 0 ? description : description.substring(0, english);
  }

  public String moment(Instant instant) {
    return JapaneseDates.moment(instant);
  }

  public String day(LocalDate date) {
    return JapaneseDates.day(date);
  }

  public String birthDate(LocalDate date) {
    return JapaneseDates.birthDate(date);
  }

  public String municipality(String code) {
    return CaseWords.municipality(code);
  }

  public String caseStatus(String code) {
    return CaseWords.status(code);
  }

  public String step(String code) {
    return CaseWords.step(code);
  }

  /** What the answer to another municipality's inquiry was. */
  public String provisionOutcome(String outcome) {
    return switch (outcome == null ? "" : outcome) {
      case "PROVIDED" -> "提供した";
      case "NOT_FOUND" -> "該当者なしと回答";
      case "REFUSED" -> "提供を断った";
      default -> outcome;
    };
  }

  /** The items of a vaccination record that left the office, in the office's words. */
  public String providedItems(List<String> items) {
    if (items == null || items.isEmpty()) {
      return "なし";
    }
    return items.stream().map(item -> switch (item) {
      case "doseNumber" -> "接種回";
      case "date" -> "接種日";
      case "manufacturer" -> "ワクチンメーカー";
      case "product" -> "製品名";
      case "lot" -> "ロット番号";
      default -> item;
    }).collect(Collectors.joining("、"));
  }

  public String importStatus(ImportStatus status) {
    return switch (status) {
      case RUNNING -> "取込中";
      case COMPLETED -> "完了";
      case REJECTED -> "誤りのため取り込まず";
      case FAILED -> "失敗（取り込まず）";
    };
  }

  public String importPhase(ImportPhase phase) {
    return phase == null ? "始めています" : switch (phase) {
      case CHECKING -> "ファイルの内容を確かめています";
      case WRITING -> "予防接種台帳に書き込んでいます";
    };
  }
}
