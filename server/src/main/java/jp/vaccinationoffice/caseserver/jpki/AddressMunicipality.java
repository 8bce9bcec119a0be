package jp.vaccinationoffice.caseserver.jpki;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.vaccinationoffice.common.Municipalities;

/**
 * The municipality an address on a card lies in: the code of the known municipality whose
 * prefecture and name the address starts with (after NFKC, without spaces), e.g. 山口県防府市寿町7-1
 * → 352063. A card's address always begins with the prefecture.
 */
final class AddressMunicipality {

  private static final List<String> PREFECTURES = List.of(
      "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
      "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
      "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
      "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
      "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

  private AddressMunicipality() {}

  static Optional<String> of(String address) {
    String normalized = Normalizer.normalize(address, Normalizer.Form.NFKC).replaceAll("\\s", "");
    String best = null;
    int bestLength = 0;
    for (Map.Entry<String, String> municipality : Municipalities.all().entrySet()) {
      String prefix = prefecture(municipality.getKey()) + municipality.getValue();
      if (normalized.startsWith(prefix) && prefix.length() > bestLength) {
        best = municipality.getKey();
        bestLength = prefix.length();
      }
    }
    return Optional.ofNullable(best);
  }

  private static String prefecture(String code) {
    return PREFECTURES.get(Integer.parseInt(code.substring(0, 2)) - 1);
  }
}
