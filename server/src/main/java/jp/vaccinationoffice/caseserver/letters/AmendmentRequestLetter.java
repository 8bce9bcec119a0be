package jp.vaccinationoffice.caseserver.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;

/**
 * 補正依頼書: the request is formally defective, and the requester is asked to amend it by a date
 * (第77条第3項, 第91条第3項, 第99条第3項). The days until the amendment arrives do not count towards
 * the deadline of the decision.
 */
public final class AmendmentRequestLetter {

  public static final String TITLE = "補正依頼書";

  /**
   * @param defects what is to be amended, each as the requester should read it
   * @param answerBy the date the amendment is awaited until
   */
  public record AmendmentRequest(LetterHead head, RequestReference request, List<String> defects, LocalDate answerBy) {

    public AmendmentRequest {
      Objects.requireNonNull(head, "head");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(answerBy, "answerBy");
      defects = List.copyOf(defects);
      if (defects.isEmpty()) {
        throw new IllegalArgumentException("an amendment request names at least one defect");
      }
    }
  }

  private AmendmentRequestLetter() {}

  public static byte[] render(JapaneseFont font, AmendmentRequest letter) {
    RequestKind kind = letter.request().kind();
    LetterWriter writer = LetterWriter.start(font, letter.head(), letter.request(), TITLE,
        "保有個人情報の" + kind.request() + "に係る補正について（依頼）");
    writer.body(LetterWriter.received(letter.request()) + "について、" + kind.request() + "書に形式上の不備がありますので、"
        + RequestKind.LAW + kind.amendmentArticle() + "の規定により、下記のとおり補正を求めます。");
    writer.record()
        .item(kind.request() + "に係る保有個人情報の名称", letter.request().informationName())
        .item("補正を求める事項", numbered(letter.defects()))
        .item("補正の期限", LetterWriter.date(letter.answerBy()) + "までに、下記の担当へ書面を提出（郵送又は持参）してください。")
        .item("補正に要する期間の取扱い", "補正を求めた日から補正がされた日までの日数は、" + kind.decisions() + "の期限（同法"
            + kind.deadlineArticle() + "）に算入しません。期限までに補正がされない場合は、" + kind.request()
            + "に形式上の不備があるものとして、" + kind.right() + "をしない旨の決定をすることがあります。");
    Remedies.forNotice(writer.document(), letter.head().issuer(), kind);
    return writer.finish();
  }

  static String numbered(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(i == 0 ? "" : "\n").append("(").append(i + 1).append(")　").append(lines.get(i));
    }
    return text.toString();
  }
}
