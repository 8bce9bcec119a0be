package jp.vaccinationoffice.caseserver.personalinfo;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a part of a correction or suspension request is not granted, as the decision letter states it
 * (個人情報の保護に関する法律第92条 for a correction, 第100条 for a suspension).
 */
enum RefusalReason {

  NOT_FACTUAL(RequestType.CORRECTION, "請求の内容が事実に合致すると認められないため（法第92条）。"),
  BEYOND_PURPOSE(RequestType.CORRECTION, "訂正が利用目的の達成に必要な範囲を超えるため（法第92条）。"),
  NOT_A_FACT(RequestType.CORRECTION, "請求が事実ではなく評価又は判断の訂正を求めるものであるため（法第92条）。"),
  NO_VIOLATION(RequestType.SUSPENSION, "請求の理由に当たる違反が認められないため（法第100条）。"),
  SERIOUS_HINDRANCE(RequestType.SUSPENSION,
      "利用停止をすることにより、事務の適正な遂行に著しい支障を及ぼすおそれがあるため（法第100条ただし書）。");

  private final RequestType type;
  private final String text;

  RefusalReason(RequestType type, String text) {
    this.type = type;
    this.text = text;
  }

  String text() {
    return text;
  }

  /** The reason a part refused without a stated one gets: the request is not well founded. */
  static RefusalReason general(RequestType type) {
    return type == RequestType.CORRECTION ? NOT_FACTUAL : NO_VIOLATION;
  }

  static Optional<RefusalReason> of(RequestType type, String name) {
    return Arrays.stream(values()).filter(r -> r.type == type && r.name().equals(name)).findFirst();
  }
}
