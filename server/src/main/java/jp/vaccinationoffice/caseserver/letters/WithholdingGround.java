package jp.vaccinationoffice.caseserver.letters;

/**
 * The 不開示情報 of 第78条 that a municipality's head can invoke (第4号 and 第5号 are for national
 * bodies and prefectures only), and 第78条第2項 for what the municipality's ordinance adds.
 */
public enum WithholdingGround {

  REQUESTER_LIFE_OR_PROPERTY("第78条第1項第1号", "開示請求者の生命、健康、生活又は財産を害するおそれがある情報"),
  OTHER_INDIVIDUAL("第78条第1項第2号", "開示請求者以外の個人に関する情報"),
  CORPORATION("第78条第1項第3号", "法人その他の団体に関する情報であって、開示することにより、当該法人等の権利、競争上の地位その他正当な利益を害するおそれがあるもの"),
  DELIBERATION("第78条第1項第6号", "審議、検討又は協議に関する情報であって、開示することにより、率直な意見の交換若しくは意思決定の中立性が不当に損なわれるおそれ等があるもの"),
  ADMINISTRATIVE_AFFAIRS("第78条第1項第7号", "地方公共団体の機関が行う事務又は事業に関する情報であって、開示することにより、当該事務又は事業の適正な遂行に支障を及ぼすおそれがあるもの"),
  ORDINANCE("第78条第2項", "条例で定めるところにより不開示情報とされる情報");

  private final String article;
  private final String description;

  WithholdingGround(String article, String description) {
    this.article = article;
    this.description = description;
  }

  /** e.g. 第78条第1項第2号 of 個人情報の保護に関する法律. */
  public String article() {
    return article;
  }

  public String description() {
    return description;
  }

  String citation() {
    return RequestKind.LAW_SHORT + article;
  }
}
