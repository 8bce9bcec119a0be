package jp.vaccinationoffice.caseserver.documents.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument.Align;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument.Margins;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/** Lays blocks out on A4 pages top to bottom, starting a new page whenever the next line does not fit. */
final class Typesetter implements AutoCloseable {

  static final float POINTS_PER_MM = 72f / 25.4f;
  static final float LINE_SPACING = 1.6f;
  private static final float FOOTER_SIZE = 9f;

  private final PDDocument document = new PDDocument();
  private final JapaneseFont font;
  private final FontFace face;
  private final float top;
  private final float bottom;
  private final float left;
  private final float right;
  private PDPageContentStream content;
  private float y;

  Typesetter(JapaneseFont font, Margins margins) {
    this.font = font;
    this.face = font.embedInto(document);
    PDRectangle a4 = PDRectangle.A4;
    this.top = a4.getHeight() - mm(margins.topMm());
    this.bottom = mm(margins.bottomMm());
    this.left = mm(margins.leftMm());
    this.right = a4.getWidth() - mm(margins.rightMm());
  }

  static float mm(double millimetres) {
    return (float) (millimetres * POINTS_PER_MM);
  }

  void add(Block block) {
    try {
      if (block instanceof Block.Text text) {
        text(text);
      } else if (block instanceof Block.LabelValues rows) {
        new GridWriter(this, false).labelValues(rows);
      } else if (block instanceof Block.Table table) {
        new GridWriter(this, true).table(table);
      } else if (block instanceof Block.Image image) {
        image(image);
      } else if (block instanceof Block.Modules modules) {
        modules(modules);
      } else if (block instanceof Block.Space space) {
        ensureRoom(0);
        y -= Math.min(mm(space.mm()), Math.max(0, y - bottom));
      } else if (block instanceof Block.PageBreak) {
        newPage();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void text(Block.Text text) throws IOException {
    float leading = text.size() * LINE_SPACING;
    if (text.size() > PdfDocument.BODY_SIZE) {
      // a heading stays with the first lines of what it heads
      ensureRoom(leading + text.spaceAfterPt() + 2 * PdfDocument.BODY_SIZE * LINE_SPACING);
    }
    for (String line : lines(text.text(), text.size(), right - left)) {
      ensureRoom(leading);
      float width = face.width(line, text.size());
      float x = alignedLeft(text.align(), width);
      showText(line, x, y - text.size(), text.size());
      y -= leading;
    }
    y -= Math.min(text.spaceAfterPt(), Math.max(0, y - bottom));
  }

  private void image(Block.Image block) throws IOException {
    float width = Math.min(mm(block.widthMm()), right - left);
    float height = width * block.image().getHeight() / block.image().getWidth();
    if (height > top - bottom) {
      width = width * (top - bottom) / height;
      height = top - bottom;
    }
    ensureRoom(height);
    float x = alignedLeft(block.align(), width);
    // stored losslessly (Flate), without /Interpolate; encoding takes time in proportion to the pixels
    PDImageXObject image = LosslessFactory.createFromImage(document, block.image());
    content.drawImage(image, x, y - height, width, height);
    y -= height + mm(2);
  }

  /** Where something {@code width} wide starts between the margins. */
  private float alignedLeft(Align align, float width) {
    return switch (align) {
      case LEFT -> left;
      case CENTER -> left + (right - left - width) / 2;
      case RIGHT -> right - width;
    };
  }

  /** Each run of dark modules in a row is one filled rectangle. */
  private void modules(Block.Modules block) throws IOException {
    boolean[][] dark = block.dark();
    int columns = dark[0].length;
    float width = Math.min(mm(block.widthMm()), right - left);
    width = Math.min(width, (top - bottom) * columns / dark.length);
    float module = width / columns;
    float height = module * dark.length;
    ensureRoom(height);
    float x = alignedLeft(block.align(), width);
    content.saveGraphicsState();
    content.setNonStrokingColor(Color.BLACK);
    for (int row = 0; row < dark.length; row++) {
      float rowBottom = y - (row + 1) * module;
      int column = 0;
      while (column < columns) {
        if (!dark[row][column]) {
          column++;
          continue;
        }
        int start = column;
        while (column < columns && dark[row][column]) {
          column++;
        }
        content.addRect(x + start * module, rowBottom, (column - start) * module, module);
      }
    }
    content.fill();
    content.restoreGraphicsState();
    y -= height + mm(2);
  }

  List<String> lines(String text, float size, float width) {
    String printable = face.printable(text);
    return new LineBreaker(t -> face.width(t, size), width).lines(printable);
  }

  float textWidth(String printableText, float size) {
    return face.width(printableText, size);
  }

  void showText(String printableText, float x, float baseline, float size) throws IOException {
    if (printableText.isEmpty()) {
      return;
    }
    content.beginText();
    content.setFont(face.font(), size);
    content.newLineAtOffset(x, baseline);
    content.showText(printableText);
    content.endText();
  }

  /** Starts a new page unless the height fits below the current position. */
  void ensureRoom(float height) throws IOException {
    if (content == null || y - height < bottom) {
      newPage();
    }
  }

  boolean atPageTop() {
    return content != null && y == top;
  }

  float remaining() {
    return content == null ? top - bottom : y - bottom;
  }

  float pageHeight() {
    return top - bottom;
  }

  void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    y = top;
  }

  PDPageContentStream content() {
    return content;
  }

  float y() {
    return y;
  }

  void moveDown(float height) {
    y -= height;
  }

  float left() {
    return left;
  }

  float right() {
    return right;
  }

  byte[] finish(String title, String footer) throws IOException {
    if (content == null) {
      newPage();
    }
    content.close();
    content = null;
    int pages = document.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        content = foot;
        float baseline = bottom / 2;
        String number = (i + 1) + " / " + pages;
        showText(number, right - face.width(number, FOOTER_SIZE), baseline, FOOTER_SIZE);
        List<String> footerLines = lines(footer, FOOTER_SIZE, (right - left) * 0.8f);
        showText(footerLines.isEmpty() ? "" : footerLines.get(0), left, baseline, FOOTER_SIZE);
      }
    }
    content = null;
    describe(title);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  private void describe(String title) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title.replace('\n', ' '));
    info.setCreator("Vaccination record office case server");
    document.getDocumentCatalog().setLanguage("ja-JP");
    PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
    preferences.setDisplayDocTitle(true);
    document.getDocumentCatalog().setViewerPreferences(preferences);
  }

  @Override
  public void close() throws IOException {
    try {
      if (content != null) {
        content.close();
      }
      document.close();
    } finally {
      font.release(face);
    }
  }
}
