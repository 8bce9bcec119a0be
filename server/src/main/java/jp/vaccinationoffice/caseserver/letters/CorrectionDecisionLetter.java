package jp.vaccinationoffice.caseserver.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;

/**
 * 訂正決定通知書 (第93条第1項: corrected in full or in part, with what was corrected and, in part,
 * what was not and why) and 訂正しない旨の決定通知書 (第93条第2項, with the reasons).
 */
public final class CorrectionDecisionLetter {

  public static final String GRANTED_TITLE = "訂正決定通知書";
  public static final String REFUSED_TITLE = "訂正しない旨の決定通知書";

  /**
   * One item the request asks to correct.
   *
   * @param recorded the value held before the decision
   * @param requested the value the requester asked for
   * @param corrected whether it is corrected (to {@code requested})
   * @param reason why it is not corrected; for a corrected item, may be null
   */
  public record CorrectionItem(String item, String recorded, String requested, boolean corrected, String reason) {

    public CorrectionItem {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(recorded, "recorded");
      Objects.requireNonNull(requested, "requested");
      if (!corrected && (reason == null || reason.isBlank())) {
        throw new IllegalArgumentException("an item not corrected needs its reason");
      }
    }
  }

  /**
   * @param recipientsNotice what was done under 第97条 (the recipients the information was provided
   *     to, told of the correction), or null when nothing was provided
   */
  public record CorrectionDecision(LetterHead head, RequestReference request, List<CorrectionItem> items,
      String recipientsNotice) {

    public CorrectionDecision {
      Objects.requireNonNull(head, "head");
      Objects.requireNonNull(request, "request");
      items = List.copyOf(items);
      if (items.isEmpty() || request.kind() != RequestKind.CORRECTION) {
        throw new IllegalArgumentException("a correction decision answers a correction request, item by item");
      }
    }

    public DecisionOutcome outcome() {
      long corrected = items.stream().filter(CorrectionItem::corrected).count();
      return corrected == items.size() ? DecisionOutcome.GRANTED
          : corrected == 0 ? DecisionOutcome.REFUSED : DecisionOutcome.PARTLY_GRANTED;
    }

    public String title() {
      return outcome() == DecisionOutcome.REFUSED ? REFUSED_TITLE : GRANTED_TITLE;
    }
  }

  private CorrectionDecisionLetter() {}

  public static byte[] render(JapaneseFont font, CorrectionDecision letter) {
    RequestKind kind = RequestKind.CORRECTION;
    DecisionOutcome outcome = letter.outcome();
    boolean refused = outcome == DecisionOutcome.REFUSED;
    LetterWriter writer = LetterWriter.start(font, letter.head(), letter.request(), letter.title(),
        refused ? "保有個人情報の訂正をしない旨の決定について（通知）" : "保有個人情報の訂正決定について（通知）");
    String decided = switch (outcome) {
      case GRANTED -> "訂正をすることと決定しました";
      case PARTLY_GRANTED -> "一部について訂正をすることと決定しました";
      case REFUSED -> "訂正をしないことと決定しました";
    };
    writer.body(LetterWriter.received(letter.request()) + "について、下記のとおり" + decided + "ので、" + RequestKind.LAW
        + (refused ? kind.refusalArticle() : kind.grantArticle()) + "の規定により通知します。");
    writer.record().item("訂正請求に係る保有個人情報の名称", letter.request().informationName());
    List<List<String>> corrected = new ArrayList<>();
    List<LetterWriter.Entry> notCorrected = new ArrayList<>();
    for (CorrectionItem item : letter.items()) {
      if (item.corrected()) {
        corrected.add(List.of(item.item(), item.recorded(), item.requested()));
      } else {
        notCorrected.add(new LetterWriter.Entry(item.item(), List.of(new String[] {"請求の内容", item.requested()},
            new String[] {"理由", item.reason()})));
      }
    }
    if (!corrected.isEmpty()) {
      writer.item("訂正の内容", List.of("項目", "訂正前", "訂正後"), corrected, 2, 3, 3);
    }
    if (!notCorrected.isEmpty()) {
      writer.entries(refused ? "訂正をしない理由" : "訂正をしない部分及びその理由", notCorrected);
    }
    if (!refused && letter.recipientsNotice() != null) {
      writer.item("提供先への通知（同法第97条）", letter.recipientsNotice());
    }
    Remedies.forDecision(writer.document(), letter.head().issuer());
    return writer.finish();
  }
}
