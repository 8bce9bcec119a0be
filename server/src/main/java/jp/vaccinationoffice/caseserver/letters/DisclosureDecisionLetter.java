package jp.vaccinationoffice.caseserver.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;

/**
 * 開示決定通知書 and 部分開示決定通知書 (第82条第1項): what is disclosed, its purpose of use, how the
 * disclosure is made, and for a partial disclosure each withheld item with its legal ground.
 */
public final class DisclosureDecisionLetter {

  public static final String FULL_TITLE = "開示決定通知書";
  public static final String PARTIAL_TITLE = "部分開示決定通知書";

  /** One part of the information that is not disclosed, its ground in 第78条 and why it applies. */
  public record WithheldItem(String item, WithholdingGround ground, String reason) {

    public WithheldItem {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(ground, "ground");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * How the disclosure is carried out (the matters 施行令 asks the notice to name).
   *
   * @param methods e.g. 閲覧, 写しの交付, 電磁的記録の交付
   * @param whenAndWhere e.g. 令和8年12月20日から… 防府市役所1階 健康増進課
   * @param costs what a copy or its mailing costs, or null when nothing is charged
   */
  public record Arrangements(String methods, String whenAndWhere, String costs) {

    public Arrangements {
      Objects.requireNonNull(methods, "methods");
      Objects.requireNonNull(whenAndWhere, "whenAndWhere");
    }
  }

  /** A decision to disclose; with no withheld item it discloses in full. */
  public record DisclosureDecision(LetterHead head, RequestReference request, String purposeOfUse,
      Arrangements arrangements, List<WithheldItem> withheld) {

    public DisclosureDecision {
      Objects.requireNonNull(head, "head");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(purposeOfUse, "purposeOfUse");
      Objects.requireNonNull(arrangements, "arrangements");
      withheld = List.copyOf(withheld);
      if (request.kind() != RequestKind.DISCLOSURE) {
        throw new IllegalArgumentException("a disclosure decision answers a disclosure request");
      }
    }

    public boolean partial() {
      return !withheld.isEmpty();
    }

    public String title() {
      return partial() ? PARTIAL_TITLE : FULL_TITLE;
    }
  }

  private DisclosureDecisionLetter() {}

  public static byte[] render(JapaneseFont font, DisclosureDecision letter) {
    RequestKind kind = RequestKind.DISCLOSURE;
    String extent = letter.partial() ? "一部" : "全部";
    LetterWriter writer = LetterWriter.start(font, letter.head(), letter.request(), letter.title(),
        "保有個人情報の" + (letter.partial() ? "部分" : "") + "開示決定について（通知）");
    writer.body(LetterWriter.received(letter.request()) + "について、下記のとおり保有個人情報の" + extent
        + "を開示することと決定しましたので、" + RequestKind.LAW + kind.grantArticle() + "の規定により通知します。");
    writer.record()
        .item("開示する保有個人情報", letter.request().informationName())
        .item("保有個人情報の利用目的", letter.purposeOfUse())
        .item("開示の実施の方法", letter.arrangements().methods())
        .item("開示を実施する日時及び場所", letter.arrangements().whenAndWhere());
    if (letter.arrangements().costs() != null) {
      writer.item("写しの交付及び送付に要する費用", letter.arrangements().costs());
    }
    if (letter.partial()) {
      writer.entries("開示しない部分及び開示しない理由", withheldEntries(letter.withheld()));
    }
    Remedies.forDecision(writer.document(), letter.head().issuer());
    return writer.finish();
  }

  static List<LetterWriter.Entry> withheldEntries(List<WithheldItem> withheld) {
    List<LetterWriter.Entry> entries = new ArrayList<>();
    for (WithheldItem item : withheld) {
      entries.add(new LetterWriter.Entry(item.item(), List.of(
          new String[] {"根拠規定", item.ground().citation() + "（" + item.ground().description() + "）"},
          new String[] {"理由", item.reason()})));
    }
    return entries;
  }
}
