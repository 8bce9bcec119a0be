package jp.vaccinationoffice.caseserver.letters;

import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument;

/**
 * The 教示 a decision must carry (行政不服審査法第82条, 行政事件訴訟法第46条): 審査請求 to the head
 * of the municipality within 3 months (the head has no superior authority, 行政不服審査法第4条第1号;
 * 第18条), and the 取消訴訟 against the municipality within 6 months (行政事件訴訟法第11条, 第14条).
 */
final class Remedies {

  static final String HEADING = "教示";

  private Remedies() {}

  static void forDecision(PdfDocument letter, Issuer issuer) {
    letter.space(4).subheading(HEADING);
    for (String paragraph : decisionParagraphs(issuer)) {
      letter.paragraph(paragraph);
    }
  }

  static String[] decisionParagraphs(Issuer issuer) {
    String head = issuer.headTitle();
    String municipality = issuer.municipalityName();
    return new String[] {
        "1　この決定に不服がある場合は、行政不服審査法（平成26年法律第68号）の規定により、この決定があったことを知った日の"
            + "翌日から起算して3か月以内に、" + head + "に対して審査請求をすることができます。ただし、この決定があったことを"
            + "知った日の翌日から起算して3か月以内であっても、この決定の日の翌日から起算して1年を経過すると、審査請求をする"
            + "ことができなくなります（正当な理由があるときを除きます。）。",
        "2　この決定の取消しを求める訴え（取消訴訟）は、行政事件訴訟法（昭和37年法律第139号）の規定により、この決定が"
            + "あったことを知った日の翌日から起算して6か月以内に、" + municipality + "を被告として（訴訟において"
            + municipality + "を代表する者は" + head + "となります。）提起することができます。ただし、この決定があったことを"
            + "知った日の翌日から起算して6か月以内であっても、この決定の日の翌日から起算して1年を経過すると、取消訴訟を"
            + "提起することができなくなります（正当な理由があるときを除きます。）。",
        "3　上記1の審査請求をした場合には、取消訴訟は、その審査請求に対する裁決があったことを知った日の翌日から起算して"
            + "6か月以内に提起することができます。ただし、裁決の日の翌日から起算して1年を経過すると、取消訴訟を提起することが"
            + "できなくなります（正当な理由があるときを除きます。）。"};
  }

  /**
   * For a notice that is no decision itself (補正の依頼, 期限の延長): it cannot be appealed, and says
   * how the decision to come can be.
   */
  static void forNotice(PdfDocument letter, Issuer issuer, RequestKind kind) {
    letter.space(4).subheading("不服申立て等について");
    letter.paragraph("この通知は、" + kind.request() + "に対する決定（処分）ではないため、審査請求の対象とはなりません。"
        + kind.request() + "に対する決定には、その決定があったことを知った日の翌日から起算して3か月以内に"
        + issuer.headTitle() + "に対して審査請求をすることができ、また、6か月以内に" + issuer.municipalityName()
        + "を被告として取消訴訟を提起することができます。その詳細（教示）は、決定の通知書に記載します。");
  }
}
