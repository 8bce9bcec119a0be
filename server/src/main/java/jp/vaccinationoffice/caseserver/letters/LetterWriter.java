package jp.vaccinationoffice.caseserver.letters;

import java.time.LocalDate;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument.Align;

/** The layout every letter shares: the head, the title, the subject, 記 and numbered items, the contact. */
final class LetterWriter {

  private final PdfDocument document;
  private final LetterHead head;
  private int item;

  private LetterWriter(PdfDocument document, LetterHead head) {
    this.document = document;
    this.head = head;
  }

  static LetterWriter start(JapaneseFont font, LetterHead head, RequestReference request, String title, String subject) {
    PdfDocument document = PdfDocument.a4(font).margins(25, 22, 20, 25).title(title)
        .footer(head.issuer().municipalityName() + "　" + title + "　請求番号 " + request.requestNumber());
    if (head.documentNumber() != null && !head.documentNumber().isBlank()) {
      document.paragraph(head.documentNumber(), Align.RIGHT);
    }
    document.paragraph(JapaneseDates.format(head.date()), Align.RIGHT).space(3);
    Addressee to = head.addressee();
    if (to.postalCode() != null && !to.postalCode().isBlank()) {
      document.paragraph("〒" + to.postalCode());
    }
    if (to.address() != null && !to.address().isBlank()) {
      document.paragraph(to.address());
    }
    document.paragraph(to.name() + "　様", Align.LEFT, 12f).space(3);
    document.paragraph(head.issuer().signature(), Align.RIGHT, 12f).space(6);
    document.heading(title, Align.CENTER);
    document.paragraph(subject, Align.CENTER).space(3);
    return new LetterWriter(document, head);
  }

  static String received(RequestReference request) {
    return JapaneseDates.format(request.receivedOn()) + "付けで受け付けた保有個人情報の" + request.kind().request()
        + "（請求番号 " + request.requestNumber() + "）";
  }

  static String date(LocalDate date) {
    return JapaneseDates.format(date);
  }

  LetterWriter body(String text) {
    document.paragraph("　" + text);
    return this;
  }

  /** 記: the items that follow are numbered 1, 2, 3 … */
  LetterWriter record() {
    document.space(2).paragraph("記", Align.CENTER).space(2);
    return this;
  }

  LetterWriter item(String label, String text) {
    item++;
    document.subheading(item + "　" + label);
    document.paragraph(text);
    return this;
  }

  /** A numbered item shown as a table. */
  LetterWriter item(String label, java.util.List<String> header, java.util.List<java.util.List<String>> rows,
      double... weights) {
    item++;
    document.subheading(item + "　" + label);
    document.table(header, rows, weights);
    return this;
  }

  /**
   * A numbered item listing entries, each a heading line and short labelled lines under it, e.g. a
   * withheld part with its legal ground and reason.
   */
  LetterWriter entries(String label, java.util.List<Entry> entries) {
    item++;
    document.subheading(item + "　" + label);
    int number = 0;
    for (Entry entry : entries) {
      number++;
      document.paragraph("(" + number + ")　" + entry.heading());
      for (String[] line : entry.lines()) {
        document.labelValue("　" + line[0], line[1], 28);
      }
    }
    return this;
  }

  /** One entry of {@link #entries}: its heading and its (label, text) lines. */
  record Entry(String heading, java.util.List<String[]> lines) {}

  PdfDocument document() {
    return document;
  }

  byte[] finish() {
    document.space(4).labelValue("担当", head.issuer().contact(), 20);
    return document.toBytes();
  }
}
