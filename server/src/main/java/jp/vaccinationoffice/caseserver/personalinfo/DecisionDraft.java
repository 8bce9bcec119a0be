package jp.vaccinationoffice.caseserver.personalinfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.vaccinationoffice.caseserver.letters.WithholdingGround;
import jp.vaccinationoffice.caseserver.modeleffects.TaskCompletion;
import org.operaton.bpm.engine.BadUserRequestException;

/**
 * Reads a drafted decision part by part from the draft form's fields and refuses one that does not
 * fit the request (the completion fails, nothing is written):
 * <ul>
 *   <li>a disclosure names each withheld item of the gathered information by its number, in the
 *       field of its ground in 第78条 (one ground per item);</li>
 *   <li>a correction names the request's items it grants ({@code grantedItems}) and may name, per
 *       reason, the items it refuses; an item refused without a named reason is refused as not
 *       well founded;</li>
 *   <li>a suspension answers each measure asked for (granted, or refused with its reason).</li>
 * </ul>
 * Fields that do not apply to the decision chosen are ignored: the form hides them, and a value
 * left from an earlier draft of the same request must not count.
 */
final class DecisionDraft {

  /** The draft form's field of item numbers for each ground, in the order of 第78条. */
  static final Map<String, WithholdingGround> WITHHELD_FIELDS = ordered(
      "withheldRequesterLife", WithholdingGround.REQUESTER_LIFE_OR_PROPERTY,
      "withheldOtherIndividual", WithholdingGround.OTHER_INDIVIDUAL,
      "withheldCorporation", WithholdingGround.CORPORATION,
      "withheldDeliberation", WithholdingGround.DELIBERATION,
      "withheldAdministrativeAffairs", WithholdingGround.ADMINISTRATIVE_AFFAIRS,
      "withheldOrdinance", WithholdingGround.ORDINANCE);
  static final Map<String, RefusalReason> REFUSED_FIELDS = ordered(
      "refusedNotFactual", RefusalReason.NOT_FACTUAL,
      "refusedBeyondPurpose", RefusalReason.BEYOND_PURPOSE,
      "refusedNotAFact", RefusalReason.NOT_A_FACT);
  static final Map<String, String> MEASURE_FIELDS = ordered(
      "stopUseDecision", "STOP_USE",
      "eraseDecision", "ERASE",
      "stopProvisionDecision", "STOP_PROVISION");
  static final String GRANTED = "GRANTED";

  /** One part of a correction (its item number) or suspension (its measure) and what the draft decides of it. */
  record Part(String part, boolean granted, RefusalReason reason) {}

  private DecisionDraft() {}

  /** The withheld items (number → ground) of a disclosure decided {@code decision} on the items numbered {@code held}. */
  static Map<Integer, WithholdingGround> withheld(String decision, Set<Integer> held, TaskCompletion draft) {
    if (!"PARTIAL".equals(decision) && !"NONE".equals(decision)) {
      return Map.of();
    }
    Map<Integer, WithholdingGround> withheld = new TreeMap<>();
    for (Map.Entry<String, WithholdingGround> field : WITHHELD_FIELDS.entrySet()) {
      for (int item : numbers(field.getKey(), draft.entry(field.getKey()))) {
        if (!held.contains(item)) {
          throw refused("不開示とする項目" + item + "は収集した保有個人情報にありません（収集した項目は" + listed(held) + "）",
              field.getKey() + " names item " + item + ", which the gathered information lacks");
        }
        WithholdingGround other = withheld.put(item, field.getValue());
        if (other != null) {
          throw refused("項目" + item + "に不開示の根拠が二つ書かれています。一つにしてください",
              "item " + item + " is withheld under two grounds");
        }
      }
    }
    if ("PARTIAL".equals(decision) && withheld.isEmpty()) {
      throw refused("部分開示では、不開示とする項目の番号をその根拠の欄に書いてください",
          "a partial disclosure names each withheld item under its ground");
    }
    if ("PARTIAL".equals(decision) && withheld.size() == held.size()) {
      throw refused("すべての項目を不開示とするときは「不開示」を選んでください", "every item is withheld: that is NONE");
    }
    if ("NONE".equals(decision)) {
      Set<Integer> withoutGround = new TreeSet<>(held);
      withoutGround.removeAll(withheld.keySet());
      if (held.isEmpty()) {
        throw refused("保有個人情報がないときは「不存在」を選んでください", "nothing is held: that is NOT_EXISTING");
      }
      if (!withoutGround.isEmpty()) {
        throw refused("不開示では、すべての項目をその根拠の欄に書いてください（根拠のない項目：" + listed(withoutGround) + "）",
            "items " + withoutGround + " are withheld without a ground");
      }
    }
    return withheld;
  }

  /** Each of a correction request's {@code requested} items, granted or refused with its reason. */
  static List<Part> correction(String decision, int requested, TaskCompletion draft) {
    Set<Integer> granted = new TreeSet<>();
    Map<Integer, RefusalReason> reasons = new TreeMap<>();
    if ("PARTLY_GRANTED".equals(decision)) {
      granted.addAll(requestedItems("grantedItems", draft.entry("grantedItems"), requested));
    } else if ("GRANTED".equals(decision)) {
      granted.addAll(range(requested));
    }
    if (!"GRANTED".equals(decision)) {
      for (Map.Entry<String, RefusalReason> field : REFUSED_FIELDS.entrySet()) {
        for (int item : requestedItems(field.getKey(), draft.entry(field.getKey()), requested)) {
          if (granted.contains(item) || reasons.put(item, field.getValue()) != null) {
            throw refused("請求項目" + item + "が訂正する項目と訂正しない項目の二か所に書かれています",
                "item " + item + " is both granted and refused, or refused twice");
          }
        }
      }
    }
    if ("PARTLY_GRANTED".equals(decision) && (granted.isEmpty() || granted.size() == requested)) {
      throw refused("一部訂正では、訂正する請求項目の番号を書き、訂正しない項目を一つ以上残してください（請求項目は"
          + listed(range(requested)) + "）", "a partial correction grants some, not all, of the requested items");
    }
    List<Part> parts = new ArrayList<>();
    for (int item : range(requested)) {
      parts.add(granted.contains(item) ? new Part(String.valueOf(item), true, null)
          : new Part(String.valueOf(item), false, reasons.getOrDefault(item, RefusalReason.general(RequestType.CORRECTION))));
    }
    return parts;
  }

  /** Each measure the suspension request asks for, granted or refused with its reason. */
  static List<Part> suspension(String decision, List<String> requested, TaskCompletion draft) {
    List<Part> parts = new ArrayList<>();
    for (Map.Entry<String, String> field : MEASURE_FIELDS.entrySet()) {
      String answer = draft.choice(field.getKey()) instanceof String text && !text.isBlank() ? text : null;
      String measure = field.getValue();
      if (!requested.contains(measure)) {
        if (answer != null && "PARTLY_GRANTED".equals(decision)) {
          throw refused("「" + RequestLetters.measureLabel(measure) + "」は請求されていません（請求された措置："
              + String.join("、", requested.stream().map(RequestLetters::measureLabel).toList()) + "）",
              field.getKey() + ": " + measure + " was not requested");
        }
        continue;
      }
      boolean granted = switch (decision) {
        case "GRANTED" -> true;
        case "REFUSED" -> false;
        default -> GRANTED.equals(answer);
      };
      RefusalReason reason = granted ? null : RefusalReason.of(RequestType.SUSPENSION, answer)
          .orElse(RefusalReason.general(RequestType.SUSPENSION));
      parts.add(new Part(measure, granted, reason));
    }
    long grantedCount = parts.stream().filter(Part::granted).count();
    if ("PARTLY_GRANTED".equals(decision) && (grantedCount == 0 || grantedCount == parts.size())) {
      throw refused("一部利用停止では、請求された措置ごとに、利用停止するか、しない理由を選んでください。"
          + "少なくとも一つを利用停止し、一つを利用停止しないものにします",
          "a partial suspension grants some, not all, of the requested measures");
    }
    return parts;
  }

  /** The item numbers written in a field ("1,3"), each one of the request's {@code requested} items. */
  private static Set<Integer> requestedItems(String field, String text, int requested) {
    Set<Integer> items = numbers(field, text);
    for (int item : items) {
      if (item > requested) {
        throw refused("請求項目" + item + "はこの請求にありません（請求項目は" + listed(range(requested)) + "）",
            field + " names item " + item + ", which the request lacks");
      }
    }
    return items;
  }

  static Set<Integer> numbers(String field, String text) {
    Set<Integer> numbers = new TreeSet<>();
    if (text == null) {
      return numbers;
    }
    for (String number : text.split("[,、，]")) {
      String digits = number.strip();
      if (!digits.matches("[1-9][0-9]{0,3}")) {
        throw refused("項目の番号は「1,3」のように数字をコンマで区切って書いてください",
            field + " must list item numbers such as 1,3");
      }
      numbers.add(Integer.parseInt(digits));
    }
    return numbers;
  }

  private static Set<Integer> range(int count) {
    Set<Integer> all = new TreeSet<>();
    for (int i = 1; i <= count; i++) {
      all.add(i);
    }
    return all;
  }

  private static String listed(Set<Integer> numbers) {
    return numbers.isEmpty() ? "なし" : String.join(",", numbers.stream().map(String::valueOf).toList());
  }

  private static BadUserRequestException refused(String japanese, String english) {
    return new BadUserRequestException(japanese + "（" + english + "）");
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ordered(Object... keysAndValues) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
