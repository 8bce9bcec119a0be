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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** A colour image and a black-and-white one (as a QR code is). */
  @ParameterizedTest
  @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_BINARY})
  void anImageIsDrawnAtTheGivenWidth(int imageType) throws IOException {
    BufferedImage square = new BufferedImage(50, 50, imageType);
    Graphics2D graphics = square.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, 50, 50);
    graphics.setColor(Color.BLACK);
    graphics.fillRect(0, 0, 50, 25);
    graphics.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(square, "png", png);
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(png.toByteArray())).getType() == BufferedImage.TYPE_BYTE_BINARY)
        .isEqualTo(imageType == BufferedImage.TYPE_BYTE_BINARY);

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
  void modulesAreDrawnAsDarkSquaresWhereTheyAreDarkAndNothingElse() throws IOException {
    boolean[][] dark = new boolean[7][7];
    for (int row = 0; row < 7; row++) {
      for (int column = 0; column < 7; column++) {
        // the corners mark the grid; between them a checker board and a run across a whole row
        dark[row][column] = row == 3 || (row + column) % 2 == 0 && (row + column * 3) % 5 != 1;
      }
    }
    dark[0][0] = dark[0][6] = dark[6][0] = dark[6][6] = true;
    float moduleMm = 4;
    byte[] pdf = PdfDocument.a4(FONT).paragraph("二次元コード").space(30).modules(dark, 7 * moduleMm, Align.CENTER).toBytes();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
      int dpi = 254;
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
      java.awt.Rectangle grid = darkBounds(page, page.getHeight() / 6, page.getHeight() / 2);
      double modulePx = moduleMm / 25.4 * dpi;
      assertThat(grid.width).isCloseTo((int) Math.round(7 * modulePx), org.assertj.core.data.Offset.offset(2));
      assertThat(grid.height).isCloseTo(grid.width, org.assertj.core.data.Offset.offset(2));
      assertThat(grid.getCenterX()).isCloseTo(page.getWidth() / 2.0, org.assertj.core.data.Offset.offset(2.0));
      for (int row = 0; row < 7; row++) {
        for (int column = 0; column < 7; column++) {
          int rgb = page.getRGB((int) (grid.x + (column + 0.5) * modulePx), (int) (grid.y + (row + 0.5) * modulePx));
          assertThat((rgb & 0xFF) < 128).as("module %d,%d", row, column).isEqualTo(dark[row][column]);
        }
      }
    }
  }

  /** The box around the dark pixels from {@code fromY} to {@code toY} (above: the text, below: the footer). */
  private static java.awt.Rectangle darkBounds(BufferedImage page, int fromY, int toY) {
    int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
    for (int y = fromY; y < toY; y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        if ((page.getRGB(x, y) & 0xFF) < 128) {
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
        }
      }
    }
    return new java.awt.Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
  }

  @Test
  void explicitPageBreaksAndCharactersTheFontLacksDoNotFail() {
    BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY);
    byte[] pdf = PdfDocument.a4(FONT).paragraph("一頁目").image(pixel, 10).pageBreak().paragraph("二頁目 \uD83D\uDE00 \t 終").toBytes();
    String text = PdfText.joined(pdf);
    assertThat(text).contains("一頁目", "二頁目〓終", "1/2", "2/2");
    assertThat(text.indexOf("二頁目")).isGreaterThan(text.indexOf("1/2"));
  }

  @Test
  void aHeadingIsNotLeftAloneAtTheFootOfAPage() throws IOException {
    for (int paragraphs = 20; paragraphs < 45; paragraphs++) {
      PdfDocument document = PdfDocument.a4(FONT);
      for (int i = 0; i < paragraphs; i++) {
        document.paragraph("段落" + i);
      }
      byte[] pdf = document.subheading("見出し").paragraph("本文の一行目").toBytes();
      try (PDDocument loaded = Loader.loadPDF(pdf)) {
        for (int page = 1; page <= loaded.getNumberOfPages(); page++) {
          PDFTextStripper stripper = new PDFTextStripper();
          stripper.setStartPage(page);
          stripper.setEndPage(page);
          String text = stripper.getText(loaded);
          assertThat(text.contains("見出し")).as("%d paragraphs, page %d", paragraphs, page).isEqualTo(text.contains("本文の一行目"));
        }
      }
    }
  }

  /** The parsed font is reused by one document at a time: documents made in parallel each read back whole. */
  @Test
  void documentsMadeAtTheSameTimeAreEachWhole() throws Exception {
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> texts = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        String line = "文書" + i + "：" + "髙橋﨑".repeat(i % 5 + 1) + LONG_JAPANESE.substring(0, 10 + i);
        texts.add(threads.submit(() -> {
          byte[] pdf = PdfDocument.a4(FONT).heading(line).toBytes();
          try (PDDocument loaded = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(loaded).replaceAll("\\s+", "");
          }
        }));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(texts.get(i).get()).startsWith("文書" + i + "：" + "髙橋﨑".repeat(i % 5 + 1) + LONG_JAPANESE.substring(0, 10 + i));
      }
    } finally {
      threads.shutdownNow();
    }
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
