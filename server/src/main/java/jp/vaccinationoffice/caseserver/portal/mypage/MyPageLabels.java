package jp.vaccinationoffice.caseserver.portal.mypage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import jp.vaccinationoffice.common.OfficeTime;

/**
 * What the codes of requests and certificates mean, in the plain Japanese a resident reads on
 * マイページ. The templates call it as {@code labels}.
 */
public final class MyPageLabels {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H時mm分");

  private static final Map<String, String> TYPES = Map.of("DISCLOSURE", "開示請求", "CORRECTION", "訂正請求",
      "SUSPENSION", "利用停止請求");

  private static final Map<String, String> REQUEST_STATUSES = Map.ofEntries(
      Map.entry("RECEIVED", "受け付けました"),
      Map.entry("CHECKING", "請求の内容を確認しています"),
      Map.entry("AWAITING_AMENDMENT", "補正（書類の追加や訂正）をお願いしています"),
      Map.entry("AMENDMENT_PERIOD_EXPIRED", "補正の期限が過ぎました。請求の内容を確認しています"),
      Map.entry("GATHERING", "市が保有する情報を調べています"),
      Map.entry("DRAFTING", "決定の準備をしています"),
      Map.entry("AWAITING_DECISION", "決定の手続をしています"),
      Map.entry("CORRECTING", "訂正の手続をしています"),
      Map.entry("RESTRICTING", "利用停止の手続をしています"),
      Map.entry("REJECTED", "請求を却下しました"),
      Map.entry("REQUESTER_REFUSED", "請求者の確認ができなかったため、請求をお受けできませんでした"),
      Map.entry("INADMISSIBLE", "請求の要件を満たさないため、請求をお受けできませんでした"),
      Map.entry("DISCLOSED", "開示しました"),
      Map.entry("PARTLY_DISCLOSED", "一部を開示しました"),
      Map.entry("NOT_DISCLOSED", "開示しないことに決定しました"),
      Map.entry("NOT_EXISTING", "請求された情報を市は保有していません"),
      Map.entry("CORRECTED", "訂正しました"),
      Map.entry("PARTLY_CORRECTED", "一部を訂正しました"),
      Map.entry("CORRECTION_REFUSED", "訂正しないことに決定しました"),
      Map.entry("SUSPENDED", "利用停止しました"),
      Map.entry("PARTLY_SUSPENDED", "一部を利用停止しました"),
      Map.entry("SUSPENSION_REFUSED", "利用停止しないことに決定しました"),
      Map.entry("WITHDRAWN", "取下げ（請求を取り下げました）"));

  private static final Map<String, String> CERTIFICATE_REQUEST_STATUSES = Map.of(
      "RECEIVED", "受け付けました。接種記録を確認しています",
      "APPLICANT_NOT_VERIFIED", "ご本人の確認ができなかったため、交付できませんでした",
      "NO_DOSES_TO_CERTIFY", "交付できる接種記録が見つかりませんでした",
      "ISSUED", "交付しました",
      "MAILED", "郵送しました");

  private static final Map<String, String> CERTIFICATE_STATUSES = Map.of(
      "ISSUED", "有効",
      "MAILED", "有効（郵送済み）",
      "SUPERSEDED", "再交付したため無効",
      "REVOKED", "失効（接種記録の訂正などのため無効）");

  private static final Map<String, String> LETTERS = Map.of(
      "AMENDMENT_REQUEST", "補正依頼書",
      "EXTENSION_NOTICE", "決定期限の延長通知書",
      "SPECIAL_EXTENSION_NOTICE", "決定期限の特例延長通知書",
      "DISCLOSURE_DECISION", "開示決定通知書",
      "PARTIAL_DISCLOSURE_DECISION", "部分開示決定通知書",
      "NON_DISCLOSURE_DECISION", "不開示決定通知書",
      "CORRECTION_DECISION", "訂正決定等通知書",
      "SUSPENSION_DECISION", "利用停止決定等通知書");

  private static final Map<String, String> CHANNELS = Map.of("COUNTER", "窓口", "MAIL", "郵送", "ONLINE", "オンライン",
      "KIOSK", "コンビニエンスストア", "APP", "接種証明書アプリ");

  private static final Map<String, String> USES = Map.of("DOMESTIC", "国内用", "OVERSEAS", "海外用");

  public String type(String code) {
    return TYPES.getOrDefault(code, code);
  }

  public String status(String code) {
    return REQUEST_STATUSES.getOrDefault(code, "手続中です");
  }

  public String certificateRequestStatus(String code) {
    return CERTIFICATE_REQUEST_STATUSES.getOrDefault(code, "手続中です");
  }

  public String certificateStatus(String code) {
    return CERTIFICATE_STATUSES.getOrDefault(code, "無効");
  }

  public String letter(String kind) {
    return LETTERS.getOrDefault(kind, "通知書");
  }

  public String channel(String code) {
    return CHANNELS.getOrDefault(code, "");
  }

  public String use(String code) {
    return "接種証明書（" + USES.getOrDefault(code, "") + "）";
  }

  /** A date (2026年12月7日), or a moment in the office's time (2026年12月7日 9時05分). */
  public String date(TemporalAccessor value) {
    if (value instanceof Instant instant) {
      return DATE_TIME.format(instant.atZone(OfficeTime.ZONE));
    }
    return value instanceof LocalDate date ? DATE.format(date) : "";
  }
}
