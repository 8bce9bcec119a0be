package jp.vaccinationoffice.caseserver.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.vaccinationoffice.caseserver.csv.CsvWriter;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument.Align;

/**
 * The disclosed information itself (別紙 to the 開示決定通知書): every item with its source, as a
 * PDF for viewing or a paper copy, and as CSV for an electronic copy (cells neutralised against
 * spreadsheet formulas by {@link CsvWriter}).
 */
public final class DisclosedInformationDocument {

  public static final String TITLE = "開示する保有個人情報";
  static final List<String> COLUMNS = List.of("区分", "項目", "内容", "出典");

  /**
   * One item of information.
   *
   * @param category e.g. 予防接種記録（1回目）
   * @param item e.g. 接種日
   * @param value as held (a My Number masked, never whole)
   * @param source where the office holds it from, e.g. 予防接種台帳（健康管理システムからの取込）
   */
  public record DisclosedItem(String category, String item, String value, String source) {

    public DisclosedItem {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(source, "source");
      value = value == null ? "" : value;
    }
  }

  /**
   * @param decidedOn the date of the disclosure decision
   * @param withheldNote what is left out and why (for a partial disclosure), or null
   */
  public record DisclosedInformation(Issuer issuer, RequestReference request, LocalDate decidedOn,
      List<DisclosedItem> items, String withheldNote) {

    public DisclosedInformation {
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(decidedOn, "decidedOn");
      items = List.copyOf(items);
    }
  }

  private DisclosedInformationDocument() {}

  public static byte[] pdf(JapaneseFont font, DisclosedInformation information) {
    PdfDocument document = PdfDocument.a4(font).margins(20, 15, 20, 15).title(TITLE)
        .footer(information.issuer().municipalityName() + "　" + TITLE + "　請求番号 "
            + information.request().requestNumber());
    document.paragraph("別紙", Align.RIGHT).heading(TITLE, Align.CENTER)
        .labelValue("請求番号", information.request().requestNumber(), 40)
        .labelValue("開示請求の受付日", JapaneseDates.format(information.request().receivedOn()), 40)
        .labelValue("開示決定日", JapaneseDates.format(information.decidedOn()), 40)
        .labelValue("保有個人情報の名称", information.request().informationName(), 40)
        .labelValue("開示する者", information.issuer().headTitle(), 40);
    if (information.items().isEmpty()) {
      document.paragraph("開示する保有個人情報の項目はありません。");
    } else {
      document.table(COLUMNS, rows(information.items()), 2.2, 2, 3.5, 3);
    }
    if (information.withheldNote() != null && !information.withheldNote().isBlank()) {
      document.paragraph("開示しない部分：" + information.withheldNote());
    }
    return document.toBytes();
  }

  /** The same items as CSV (UTF-8 text, CRLF), header 区分,項目,内容,出典. */
  public static String csv(DisclosedInformation information) {
    StringBuilder out = new StringBuilder();
    CsvWriter writer = new CsvWriter(out).row(COLUMNS);
    rows(information.items()).forEach(writer::row);
    return out.toString();
  }

  private static List<List<String>> rows(List<DisclosedItem> items) {
    List<List<String>> rows = new ArrayList<>();
    for (DisclosedItem item : items) {
      rows.add(List.of(item.category(), item.item(), item.value(), item.source()));
    }
    return rows;
  }
}
