package jp.vaccinationoffice.caseserver.letters;

import java.util.List;
import java.util.Objects;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;
import jp.vaccinationoffice.caseserver.letters.DisclosureDecisionLetter.WithheldItem;

/**
 * 不開示決定通知書 (第82条第2項): nothing is disclosed, because all of it is 不開示情報, because the
 * office does not hold it (不存在), because saying whether it exists would disclose 不開示情報
 * (第81条), or because a formally defective request was not amended (第77条第3項).
 */
public final class NonDisclosureDecisionLetter {

  public static final String TITLE = "不開示決定通知書";

  public enum Reason {
    /** Every part is 不開示情報: the withheld items say which ground applies. */
    WITHHELD_IN_FULL,
    /** The office does not hold the information (不存在). */
    NOT_HELD,
    /** 存否応答拒否 (第81条). */
    EXISTENCE_NEITHER_CONFIRMED_NOR_DENIED,
    /** The request stayed formally defective after the 補正 period. */
    REQUEST_NOT_AMENDED
  }

  /**
   * @param explanation the concrete circumstances (for 不存在: why the office holds no such record)
   */
  public record NonDisclosureDecision(LetterHead head, RequestReference request, Reason reason,
      List<WithheldItem> withheld, String explanation) {

    public NonDisclosureDecision {
      Objects.requireNonNull(head, "head");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(explanation, "explanation");
      withheld = List.copyOf(withheld);
      if (request.kind() != RequestKind.DISCLOSURE) {
        throw new IllegalArgumentException("a non-disclosure decision answers a disclosure request");
      }
      if ((reason == Reason.WITHHELD_IN_FULL) == withheld.isEmpty()) {
        throw new IllegalArgumentException("withheld items name the grounds when, and only when, all is withheld");
      }
    }
  }

  private NonDisclosureDecisionLetter() {}

  public static byte[] render(JapaneseFont font, NonDisclosureDecision letter) {
    RequestKind kind = RequestKind.DISCLOSURE;
    LetterWriter writer = LetterWriter.start(font, letter.head(), letter.request(), TITLE,
        "保有個人情報の不開示決定について（通知）");
    writer.body(LetterWriter.received(letter.request()) + "について、下記のとおり開示をしないことと決定しましたので、"
        + RequestKind.LAW + kind.refusalArticle() + "の規定により通知します。");
    writer.record().item("開示請求に係る保有個人情報の名称", letter.request().informationName());
    switch (letter.reason()) {
      case WITHHELD_IN_FULL -> writer.entries("開示をしない理由（開示請求に係る保有個人情報の全部が不開示情報に該当するため）",
          DisclosureDecisionLetter.withheldEntries(letter.withheld()));
      case NOT_HELD -> writer.item("開示をしない理由", "開示請求に係る保有個人情報を保有していないため（不存在）。\n"
          + letter.explanation());
      case EXISTENCE_NEITHER_CONFIRMED_NOR_DENIED -> writer.item("開示をしない理由", "開示請求に係る保有個人情報が存在しているか"
          + "否かを答えるだけで不開示情報を開示することとなるため、同法第81条の規定により、当該保有個人情報の存否を明らかに"
          + "しないで開示請求を拒否します。\n" + letter.explanation());
      case REQUEST_NOT_AMENDED -> writer.item("開示をしない理由", "開示請求書に形式上の不備があり、同法" + kind.amendmentArticle()
          + "の規定により補正を求めましたが、期限までに補正がされなかったため。\n" + letter.explanation());
      default -> throw new IllegalArgumentException("no letter for " + letter.reason());
    }
    if (letter.reason() == Reason.WITHHELD_IN_FULL && !letter.explanation().isBlank()) {
      writer.document().paragraph(letter.explanation());
    }
    Remedies.forDecision(writer.document(), letter.head().issuer());
    return writer.finish();
  }
}
