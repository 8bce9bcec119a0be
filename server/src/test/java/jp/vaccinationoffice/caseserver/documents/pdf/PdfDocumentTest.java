package jp.vaccinationoffice.caseserver.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument.Align;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

  private static final JapaneseFont FONT = JapaneseFont.fromEnvironment();
  private static final float MM = 72f / 25.4f;
  private static final String LONG_JAPANESE = "個人情報の保護に関する法律第七十六条第一項の規定に基づき、あなたが令和八年十二月一日付けで"
      + "行った保有個人情報の開示請求について、同法第八十二条第一項の規定により、次のとおり開示することと決定しましたので通知します。"
      + "（開示の実施の方法等については、別紙をご覧ください。）";

  @Test
  void aReaderReadsTheJapaneseTextBack() throws IOException {
    byte[] pdf = PdfDocument.a4(FONT).title("開示決定通知書")
        .heading("開示決定通知書", Align.CENTER)
        .paragraph("令和8年12月6日", Align.RIGHT)
        .paragraph("防府市長")
        .labelValue("請求番号", "PI-2026-000123")
        .labelValue("氏名", "髙橋 花子")
        .table(List.of("接種回", "接種日", "ワクチン名"), List.of(List.of("1", "2021-06-01", "コミナティ筋注")))
        .toBytes();

    String text = PdfText.of(pdf);
    assertThat(text).contains("開示決定通知書", "令和8年12月6日", "防府市長", "請求番号", "PI-2026-000123", "髙橋 花子",
        "接種回", "コミナティ筋注");
    assertThat(text).containsPattern("1\\s*/\\s*1");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("開示決定通知書");
      assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
      PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).as("a subset font is named with a six-letter tag").matches("[A-Z]{6}\\+.*");
    }
    assertThat(pdf.length).as("only the glyphs used are embedded, not the whole font").isLessThan(100_000);
  }

  @Test
  void wrappedTextStaysWithinTheMarginsAndFullPagesContinueOnTheNext() throws IOException {
    PdfDocument document = PdfDocument.a4(FONT).margins(25, 30, 20, 35).footer("防府市 健康増進課");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      document.paragraph(i + "：" + LONG_JAPANESE);
      rows.add(List.of("項目" + i, LONG_JAPANESE, "https://example.jp/a-very-long-identifier-without-any-space-" + i));
    }
    document.labelValue("開示請求に係る保有個人情報の名称", LONG_JAPANESE);
    document.table(List.of("項目", "内容", "出典"), rows, 1, 3, 2);
    byte[] pdf = document.toBytes();

    List<TextPosition> glyphs = new ArrayList<>();
    int pages;
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      pages = loaded.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          glyphs.add(text);
        }
      };
      stripper.getText(loaded);
    }
    assertThat(pages).isGreaterThan(3);
    assertThat(glyphs).hasSizeGreaterThan(10_000);
    float pageWidth = 595.27f;
    float pageHeight = 841.89f;
    for (TextPosition glyph : glyphs) {
      assertThat(glyph.getXDirAdj()).as("left edge of %s", glyph.getUnicode()).isGreaterThanOrEqualTo(35 * MM - 0.5f);
      assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as("right edge of %s", glyph.getUnicode())
          .isLessThanOrEqualTo(pageWidth - 30 * MM + 0.5f);
      assertThat(glyph.getYDirAdj()).as("below the top margin").isGreaterThanOrEqualTo(25 * MM);
      assertThat(glyph.getYDirAdj()).as("above the page's foot").isLessThanOrEqualTo(pageHeight - 5 * MM);
    }
    String text = PdfText.of(pdf);
    String joined = text.replaceAll("\\s+", "");
    assertThat(joined).contains("1/" + pages, pages + "/" + pages, "防府市健康増進課", LONG_JAPANESE, "項目39", "ny-space-39");
  }

  @Test
  void linesDoNotStartWithClosingPunctuation() throws IOException {
    byte[] pdf = PdfDocument.a4(FONT).paragraph(LONG_JAPANESE.repeat(5)).toBytes();
    for (String line : PdfText.of(pdf).split("\n")) {
      if (!line.isBlank()) {
        assertThat("、。）」".indexOf(line.strip().charAt(0))).as(line).isNegative();
        assertThat("（「".indexOf(line.strip().charAt(line.strip().length() - 1))).as(line).isNegative();
      }
    }
  }

  @Test
  void anImageIsDrawnAtTheGivenWidth() throws IOException {
    BufferedImage square = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = square.createGraphics();
    graphics.setColor(Color.BLACK);
    graphics.fillRect(0, 0, 50, 50);
    graphics.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(square, "png", png);

    byte[] pdf = PdfDocument.a4(FONT).paragraph("QR").image(png.toByteArray(), 30, Align.CENTER).toBytes();

    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      float dpi = 254; // 10 pixels a millimetre
      BufferedImage page = new PDFRenderer(loaded).renderImageWithDPI(0, dpi);
      int row = findDarkRow(page);
      int first = -1;
      int last = -1;
      for (int x = 0; x < page.getWidth(); x++) {
        if ((page.getRGB(x, row) & 0xFF) < 64) {
          first = first < 0 ? x : first;
          last = x;
        }
      }
      assertThat((last - first + 1) / 10.0).as("width in mm").isCloseTo(30.0, org.assertj.core.data.Offset.offset(0.3));
      assertThat((first + last) / 2 / 10.0).as("centred").isCloseTo(105.0, org.assertj.core.data.Offset.offset(0.5));
    }
  }

  @Test
  void explicitPageBreaksAndCharactersTheFontLacksDoNotFail() {
    byte[] pdf = PdfDocument.a4(FONT).paragraph("一頁目").pageBreak().paragraph("二頁目 \uD83D\uDE00 \t 終").toBytes();
    String text = PdfText.joined(pdf);
    assertThat(text).contains("一頁目", "二頁目〓終", "1/2", "2/2");
    assertThat(text.indexOf("二頁目")).isGreaterThan(text.indexOf("1/2"));
  }

  private static int findDarkRow(BufferedImage page) {
    for (int y = page.getHeight() / 10; y < page.getHeight(); y++) {
      int dark = 0;
      for (int x = 0; x < page.getWidth(); x++) {
        dark += (page.getRGB(x, y) & 0xFF) < 64 ? 1 : 0;
      }
      if (dark > 200) {
        return y + 20;
      }
    }
    throw new AssertionError("no image on the page");
  }
}
