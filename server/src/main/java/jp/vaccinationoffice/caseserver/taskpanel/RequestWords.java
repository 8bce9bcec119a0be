package jp.vaccinationoffice.caseserver.taskpanel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codes of disclosure, correction and suspension requests in the words of the request forms
 * (個人情報の保護に関する法律), in the order the forms list them.
 */
public final class RequestWords {

  public static final Map<String, String> TYPES = words(
      "DISCLOSURE", "開示請求", "CORRECTION", "訂正請求", "SUSPENSION", "利用停止請求");
  public static final Map<String, String> CHANNELS = words("COUNTER", "窓口", "MAIL", "郵送", "ONLINE", "電子申請");
  /** The channels a clerk takes in; online requests come in through the portal. */
  public static final Map<String, String> PAPER_CHANNELS = words("COUNTER", "窓口", "MAIL", "郵送");
  public static final Map<String, String> RELATIONSHIPS = words(
      "SELF", "本人", "LEGAL_REPRESENTATIVE", "法定代理人", "AGENT", "任意代理人");
  public static final Map<String, String> RECORDS = words(
      "VACCINATION_RECORDS", "接種記録（予防接種台帳）", "CERTIFICATES", "接種証明書の交付記録",
      "PROVISION_RECORDS", "情報提供等の記録", "CASES", "申請・照会の記録");
  public static final Map<String, String> METHODS = words(
      "VIEW", "閲覧", "PAPER_COPY", "写しの交付（紙）", "ELECTRONIC_COPY", "写しの交付（電子データ）");
  public static final Map<String, String> DOSE_ITEMS = words(
      "VACCINATION_DATE", "接種日", "LOT_NUMBER", "ロット番号", "PRODUCT", "製品名", "MANUFACTURER", "メーカー");
  public static final Map<String, String> MEASURES = words(
      "STOP_USE", "利用の停止", "ERASE", "消去", "STOP_PROVISION", "提供の停止");
  public static final Map<String, String> GROUNDS = words(
      "PURPOSE_OUTSIDE_USE", "利用目的の範囲を超えて利用されている",
      "UNLAWFUL_RETENTION", "利用目的の達成に必要な範囲を超えて保有されている",
      "IMPROPER_USE", "違法又は不当な行為を助長するおそれがある方法で利用されている",
      "UNLAWFUL_ACQUISITION", "偽りその他不正の手段により取得された",
      "UNLAWFUL_PROVISION", "法令に違反して提供されている",
      "MY_NUMBER_ACT_VIOLATION", "番号法に違反して収集・保管・提供されている");
  /** The drafts of the three decision forms: 開示 (FULL … NOT_EXISTING), 訂正・利用停止 (GRANTED … REFUSED). */
  public static final Map<String, String> DECISIONS = words(
      "FULL", "全部開示", "PARTIAL", "部分開示", "NONE", "不開示", "NOT_EXISTING", "不存在",
      "GRANTED", "請求のとおり認める", "PARTLY_GRANTED", "一部を認める", "REFUSED", "認めない");
  public static final Map<String, String> WITHHOLDING_GROUNDS = words(
      "REQUESTER_LIFE_OR_PROPERTY", "第78条第1項第1号（開示請求者の生命、健康、生活又は財産を害するおそれ）",
      "OTHER_INDIVIDUAL", "第78条第1項第2号（開示請求者以外の個人に関する情報）",
      "CORPORATION", "第78条第1項第3号（法人等に関する情報）",
      "DELIBERATION", "第78条第1項第6号（審議、検討又は協議に関する情報）",
      "ADMINISTRATIVE_AFFAIRS", "第78条第1項第7号（事務又は事業の適正な遂行に支障を及ぼすおそれ）",
      "ORDINANCE", "第78条第2項（条例で定める不開示情報）");

  /** Why a part of a correction or suspension is not granted, as the draft records it. */
  public static final Map<String, String> REFUSAL_REASONS = words(
      "NOT_FACTUAL", "事実に合致すると認められない（法第92条）",
      "BEYOND_PURPOSE", "利用目的の達成に必要な範囲を超える（法第92条）",
      "NOT_A_FACT", "事実ではなく評価又は判断の訂正を求めるもの（法第92条）",
      "NO_VIOLATION", "請求の理由に当たる違反が認められない（法第100条）",
      "SERIOUS_HINDRANCE", "事務の適正な遂行に著しい支障を及ぼすおそれ（法第100条ただし書）");

  private RequestWords() {}

  /** The word of a code in one of the maps; a code without a word is shown as it is. */
  public static String of(Map<String, String> words, String code) {
    return code == null ? null : words.getOrDefault(code, code);
  }

  private static Map<String, String> words(String... pairs) {
    Map<String, String> words = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      words.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(words);
  }
}
