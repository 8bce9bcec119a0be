package jp.vaccinationoffice.caseserver.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;

/**
 * 利用停止決定通知書 (第101条第1項: in full or in part) and 利用停止をしない旨の決定通知書
 * (第101条第2項), for each measure the requester asked for under 第98条第1項: taken, or not and why.
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
   * What the decision says of one measure asked for.
   *
   * @param content what is (or would have been) stopped or erased, and from when
   * @param reason why the measure is not taken; null when it is granted
   */
  public record MeasureDecision(Measure measure, boolean granted, String content, String reason) {

    public MeasureDecision {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(content, "content");
      if (!granted && (reason == null || reason.isBlank())) {
        throw new IllegalArgumentException("a measure not taken needs its reason");
      }
    }
  }

  /**
   * @param ground the ground the requester gave (e.g. the provision they hold unlawful)
   * @param measures each measure asked for, granted or not
   */
  public record SuspensionDecision(LetterHead head, RequestReference request, String ground,
      List<MeasureDecision> measures) {

    public SuspensionDecision {
      Objects.requireNonNull(head, "head");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(ground, "ground");
      measures = List.copyOf(measures);
      if (request.kind() != RequestKind.SUSPENSION || measures.isEmpty()) {
        throw new IllegalArgumentException("a suspension decision answers a suspension request, measure by measure");
      }
    }

    public DecisionOutcome outcome() {
      long granted = measures.stream().filter(MeasureDecision::granted).count();
      return granted == measures.size() ? DecisionOutcome.GRANTED
          : granted == 0 ? DecisionOutcome.REFUSED : DecisionOutcome.PARTLY_GRANTED;
    }

    public String title() {
      return outcome() == DecisionOutcome.REFUSED ? REFUSED_TITLE : GRANTED_TITLE;
    }
  }

  private SuspensionDecisionLetter() {}

  public static byte[] render(JapaneseFont font, SuspensionDecision letter) {
    RequestKind kind = RequestKind.SUSPENSION;
    DecisionOutcome outcome = letter.outcome();
    boolean refused = outcome == DecisionOutcome.REFUSED;
    LetterWriter writer = LetterWriter.start(font, letter.head(), letter.request(), letter.title(),
        refused ? "保有個人情報の利用停止をしない旨の決定について（通知）" : "保有個人情報の利用停止決定について（通知）");
    String decided = switch (outcome) {
      case GRANTED -> "利用停止をすることと決定しました";
      case PARTLY_GRANTED -> "一部について利用停止をすることと決定しました";
      case REFUSED -> "利用停止をしないことと決定しました";
    };
    writer.body(LetterWriter.received(letter.request()) + "について、下記のとおり" + decided + "ので、" + RequestKind.LAW
        + (refused ? kind.refusalArticle() : kind.grantArticle()) + "の規定により通知します。");
    writer.record()
        .item("利用停止請求に係る保有個人情報の名称", letter.request().informationName())
        .item("請求の理由", letter.ground());
    List<LetterWriter.Entry> entries = new ArrayList<>();
    for (MeasureDecision measure : letter.measures()) {
      List<String[]> lines = new ArrayList<>();
      lines.add(new String[] {"決定", measure.granted() ? "利用停止をする" : "利用停止をしない"});
      lines.add(new String[] {measure.granted() ? "利用停止の内容" : "請求された内容", measure.content()});
      if (!measure.granted()) {
        lines.add(new String[] {"理由", measure.reason()});
      }
      entries.add(new LetterWriter.Entry(measure.measure().label() + "（同法" + measure.measure().article() + "）", lines));
    }
    writer.entries("請求された措置ごとの決定" + (refused ? "及び利用停止をしない理由" : ""), entries);
    Remedies.forDecision(writer.document(), letter.head().issuer());
    return writer.finish();
  }
}
