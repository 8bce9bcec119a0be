package jp.vaccinationoffice.caseserver.letters;

import java.util.Objects;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;

/**
 * 利用停止決定通知書 (第101条第1項: in full or in part) and 利用停止をしない旨の決定通知書
 * (第101条第2項), for the measure the requester asked for under 第98条第1項.
 */
public final class SuspensionDecisionLetter {

  public static final String GRANTED_TITLE = "利用停止決定通知書";
  public static final String REFUSED_TITLE = "利用停止をしない旨の決定通知書";

  /** What 第98条第1項 lets a person ask for, and the item that allows it. */
  public enum Measure {
    STOP_USE("利用の停止", "第98条第1項第1号"),
    ERASE("消去", "第98条第1項第1号"),
    STOP_PROVISION("提供の停止", "第98条第1項第2号");

    private final String label;
    private final String article;

    Measure(String label, String article) {
      this.label = label;
      this.article = article;
    }

    public String label() {
      return label;
    }

    public String article() {
      return article;
    }
  }

  /**
   * @param ground the ground the requester gave (e.g. the provision they hold unlawful)
   * @param content what is (or would have been) stopped or erased, and from when
   * @param reason for PARTLY_GRANTED and REFUSED: why (not) in full; may be null when GRANTED
   */
  public record SuspensionDecision(LetterHead head, RequestReference request, Measure measure, DecisionOutcome outcome,
      String ground, String content, String reason) {

    public SuspensionDecision {
      Objects.requireNonNull(head, "head");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(ground, "ground");
      Objects.requireNonNull(content, "content");
      if (request.kind() != RequestKind.SUSPENSION) {
        throw new IllegalArgumentException("a suspension decision answers a suspension request");
      }
      if (outcome != DecisionOutcome.GRANTED && (reason == null || reason.isBlank())) {
        throw new IllegalArgumentException("a suspension not granted in full needs its reason");
      }
    }

    public String title() {
      return outcome == DecisionOutcome.REFUSED ? REFUSED_TITLE : GRANTED_TITLE;
    }
  }

  private SuspensionDecisionLetter() {}

  public static byte[] render(JapaneseFont font, SuspensionDecision letter) {
    RequestKind kind = RequestKind.SUSPENSION;
    boolean refused = letter.outcome() == DecisionOutcome.REFUSED;
    LetterWriter writer = LetterWriter.start(font, letter.head(), letter.request(), letter.title(),
        refused ? "保有個人情報の利用停止をしない旨の決定について（通知）" : "保有個人情報の利用停止決定について（通知）");
    String decided = switch (letter.outcome()) {
      case GRANTED -> "利用停止をすることと決定しました";
      case PARTLY_GRANTED -> "一部について利用停止をすることと決定しました";
      case REFUSED -> "利用停止をしないことと決定しました";
    };
    writer.body(LetterWriter.received(letter.request()) + "について、下記のとおり" + decided + "ので、" + RequestKind.LAW
        + (refused ? kind.refusalArticle() : kind.grantArticle()) + "の規定により通知します。");
    writer.record()
        .item("利用停止請求に係る保有個人情報の名称", letter.request().informationName())
        .item("請求された措置", letter.measure().label() + "（同法" + letter.measure().article() + "）\n請求の理由：" + letter.ground())
        .item(refused ? "請求された利用停止の内容" : "利用停止の内容", letter.content());
    if (!refused && letter.outcome() == DecisionOutcome.PARTLY_GRANTED) {
      writer.item("利用停止をしない部分及びその理由", letter.reason());
    } else if (refused) {
      writer.item("利用停止をしない理由", letter.reason());
    }
    Remedies.forDecision(writer.document(), letter.head().issuer());
    return writer.finish();
  }
}
