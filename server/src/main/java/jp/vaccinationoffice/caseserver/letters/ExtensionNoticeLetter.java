package jp.vaccinationoffice.caseserver.letters;

import java.time.LocalDate;
import java.util.Objects;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;

/**
 * 延長通知書: the deadline of the decision is extended by up to 30 days, for a reason, told before
 * the deadline (第83条第2項, 第94条第2項, 第102条第2項); or, for a very large request, the 特例 is
 * applied (第84条, 第95条, 第103条) and the notice names the dates.
 */
public final class ExtensionNoticeLetter {

  public static final String TITLE = "延長通知書";
  public static final String SPECIAL_TITLE = "決定期限の特例規定の適用通知書";

  public record ExtensionNotice(LetterHead head, RequestReference request, LocalDate originalDeadline,
      LocalDate extendedDeadline, String reason) {

    public ExtensionNotice {
      Objects.requireNonNull(head, "head");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(originalDeadline, "originalDeadline");
      Objects.requireNonNull(extendedDeadline, "extendedDeadline");
      Objects.requireNonNull(reason, "reason");
      if (!extendedDeadline.isAfter(originalDeadline) || extendedDeadline.isAfter(originalDeadline.plusDays(40))) {
        throw new IllegalArgumentException("an extension moves the deadline later, by 30 days at most (plus closed days)");
      }
    }
  }

  /**
   * The 特例. For a disclosure request (第84条) a reasonable part is decided by {@code partDeadline}
   * (within 60 days of receipt) and the rest by {@code finalDeadline}; for correction and suspension
   * (第95条, 第103条) there is no part and {@code partDeadline} is null.
   */
  public record SpecialDeadlineNotice(LetterHead head, RequestReference request, String reason, LocalDate partDeadline,
      LocalDate finalDeadline) {

    public SpecialDeadlineNotice {
      Objects.requireNonNull(head, "head");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(finalDeadline, "finalDeadline");
      if ((partDeadline != null) != (request.kind() == RequestKind.DISCLOSURE)) {
        throw new IllegalArgumentException("a part deadline belongs to the 特例 of a disclosure request (第84条) only");
      }
    }
  }

  private ExtensionNoticeLetter() {}

  public static byte[] render(JapaneseFont font, ExtensionNotice letter) {
    RequestKind kind = letter.request().kind();
    LetterWriter writer = LetterWriter.start(font, letter.head(), letter.request(), TITLE,
        kind.decisions() + "の期限の延長について（通知）");
    writer.body(LetterWriter.received(letter.request()) + "については、下記のとおり" + kind.decisions()
        + "の期限を延長することとしましたので、" + RequestKind.LAW + kind.extensionArticle() + "の規定により通知します。");
    writer.record()
        .item(kind.request() + "に係る保有個人情報の名称", letter.request().informationName())
        .item("延長前の期限", LetterWriter.date(letter.originalDeadline()))
        .item("延長後の期限", LetterWriter.date(letter.extendedDeadline()))
        .item("延長の理由", letter.reason());
    Remedies.forNotice(writer.document(), letter.head().issuer(), kind);
    return writer.finish();
  }

  public static byte[] render(JapaneseFont font, SpecialDeadlineNotice letter) {
    RequestKind kind = letter.request().kind();
    LetterWriter writer = LetterWriter.start(font, letter.head(), letter.request(), SPECIAL_TITLE,
        kind.decisions() + "の期限の特例規定の適用について（通知）");
    writer.body(LetterWriter.received(letter.request()) + "については、下記のとおり" + RequestKind.LAW
        + kind.specialDeadlineArticle() + "の規定を適用することとしましたので、同条の規定により通知します。");
    writer.record()
        .item(kind.request() + "に係る保有個人情報の名称", letter.request().informationName())
        .item("同条の規定を適用する理由", letter.reason());
    if (letter.partDeadline() != null) {
      writer.item("相当の部分について開示決定等をする期限", LetterWriter.date(letter.partDeadline()))
          .item("残りの保有個人情報について開示決定等をする期限", LetterWriter.date(letter.finalDeadline()));
    } else {
      writer.item(kind.decisions() + "をする期限", LetterWriter.date(letter.finalDeadline()));
    }
    Remedies.forNotice(writer.document(), letter.head().issuer(), kind);
    return writer.finish();
  }
}
