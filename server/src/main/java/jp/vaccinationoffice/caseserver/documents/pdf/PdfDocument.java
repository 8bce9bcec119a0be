package jp.vaccinationoffice.caseserver.documents.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * An A4 document with the Japanese font embedded (a subset: only the glyphs used), text selectable
 * and searchable. Built in reading order; {@link #toBytes()} lays it out on as many pages as it
 * needs, lines wrapped the Japanese way within the margins, and numbers the pages in the footer.
 *
 * <pre>{@code
 * byte[] pdf = PdfDocument.a4(font).title("開示決定通知書")
 *     .paragraph("令和8年12月6日", Align.RIGHT)
 *     .heading("開示決定通知書", Align.CENTER)
 *     .labelValue("請求番号", "PI-2026-0001")
 *     .table(List.of("項目", "内容"), rows)
 *     .toBytes();
 * }</pre>
 */
public final class PdfDocument {

  public enum Align { LEFT, CENTER, RIGHT }

  static final float BODY_SIZE = 10.5f;
  static final float HEADING_SIZE = 16f;
  static final float SUBHEADING_SIZE = 12f;

  private final JapaneseFont font;
  private final List<Block> blocks = new ArrayList<>();
  private Margins margins = new Margins(20, 20, 20, 20);
  private String title = "";
  private String footer = "";

  private PdfDocument(JapaneseFont font) {
    this.font = Objects.requireNonNull(font, "font");
  }

  public static PdfDocument a4(JapaneseFont font) {
    return new PdfDocument(font);
  }

  /** Page margins in millimetres (default 20 on every side); the footer sits in the bottom margin. */
  public PdfDocument margins(double topMm, double rightMm, double bottomMm, double leftMm) {
    this.margins = new Margins(topMm, rightMm, bottomMm, leftMm);
    return this;
  }

  /** The document's title in its properties (what a viewer shows in its title bar). */
  public PdfDocument title(String title) {
    this.title = text(title);
    return this;
  }

  /** Text at the foot of every page, left, beside the page number ({@code 1 / 3}). */
  public PdfDocument footer(String footer) {
    this.footer = text(footer);
    return this;
  }

  public PdfDocument heading(String text) {
    return heading(text, Align.LEFT);
  }

  public PdfDocument heading(String text, Align align) {
    blocks.add(new Block.Text(text(text), HEADING_SIZE, align, HEADING_SIZE * 0.8f));
    return this;
  }

  public PdfDocument subheading(String text) {
    blocks.add(new Block.Text(text(text), SUBHEADING_SIZE, Align.LEFT, SUBHEADING_SIZE * 0.4f));
    return this;
  }

  public PdfDocument paragraph(String text) {
    return paragraph(text, Align.LEFT);
  }

  /** A paragraph at body size; a line feed in the text starts a new line. */
  public PdfDocument paragraph(String text, Align align) {
    blocks.add(new Block.Text(text(text), BODY_SIZE, align, BODY_SIZE * 0.6f));
    return this;
  }

  /** A paragraph of a given size in points. */
  public PdfDocument paragraph(String text, Align align, float sizePt) {
    if (!(sizePt >= 5 && sizePt <= 48)) {
      throw new IllegalArgumentException("a text size must lie between 5 and 48 points");
    }
    blocks.add(new Block.Text(text(text), sizePt, align, sizePt * 0.6f));
    return this;
  }

  /** One row of a label and its value; consecutive rows line up in two columns. */
  public PdfDocument labelValue(String label, String value) {
    return labelValue(label, value, 45);
  }

  public PdfDocument labelValue(String label, String value, double labelWidthMm) {
    List<String> row = List.of(text(label), text(value));
    Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
    if (last instanceof Block.LabelValues rows && rows.labelWidthMm() == labelWidthMm) {
      rows.rows().add(row);
    } else {
      List<List<String>> rows = new ArrayList<>();
      rows.add(row);
      blocks.add(new Block.LabelValues(rows, labelWidthMm));
    }
    return this;
  }

  /** A ruled table with columns of equal width. */
  public PdfDocument table(List<String> header, List<List<String>> rows) {
    double[] weights = new double[header.size()];
    Arrays.fill(weights, 1);
    return table(header, rows, weights);
  }

  /** A ruled table; the columns share the text width in proportion to the weights. */
  public PdfDocument table(List<String> header, List<List<String>> rows, double... columnWeights) {
    if (header.isEmpty() || columnWeights.length != header.size() || Arrays.stream(columnWeights).anyMatch(w -> !(w > 0))) {
      throw new IllegalArgumentException("a table needs one positive weight per header column");
    }
    List<List<String>> cells = new ArrayList<>();
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("every table row needs " + header.size() + " cells");
      }
      cells.add(row.stream().map(PdfDocument::text).toList());
    }
    blocks.add(new Block.Table(header.stream().map(PdfDocument::text).toList(), cells, columnWeights.clone()));
    return this;
  }

  /** A PNG (or any image Java reads) drawn at the given width; its height keeps the aspect ratio. */
  public PdfDocument image(byte[] png, double widthMm) {
    return image(png, widthMm, Align.LEFT);
  }

  public PdfDocument image(byte[] png, double widthMm, Align align) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw new IllegalArgumentException("the image is not in a format Java reads (PNG expected)");
      }
      return image(image, widthMm, align);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An image drawn at the given width, e.g. a QR code: one pixel per module is enough (the image
   * asks viewers not to smooth it when scaling up) and is quick to embed.
   */
  public PdfDocument image(BufferedImage image, double widthMm) {
    return image(image, widthMm, Align.LEFT);
  }

  public PdfDocument image(BufferedImage image, double widthMm, Align align) {
    if (!(widthMm > 0)) {
      throw new IllegalArgumentException("an image needs a positive width");
    }
    blocks.add(new Block.Image(Objects.requireNonNull(image, "image"), widthMm, align));
    return this;
  }

  /**
   * A grid of square modules, dark where {@code dark[row][column]}, e.g. a QR code with its quiet
   * zone, {@code widthMm} wide: drawn as filled squares, so that it prints sharp at any size and
   * has no image to encode.
   */
  public PdfDocument modules(boolean[][] dark, double widthMm, Align align) {
    if (!(widthMm > 0)) {
      throw new IllegalArgumentException("modules need a positive width");
    }
    if (dark.length == 0 || dark[0].length == 0 || Arrays.stream(dark).anyMatch(row -> row.length != dark[0].length)) {
      throw new IllegalArgumentException("modules need rows of one length");
    }
    blocks.add(new Block.Modules(Arrays.stream(dark).map(boolean[]::clone).toArray(boolean[][]::new), widthMm, align));
    return this;
  }

  /** Vertical space in millimetres. */
  public PdfDocument space(double mm) {
    blocks.add(new Block.Space(mm));
    return this;
  }

  /** What follows starts on a new page. */
  public PdfDocument pageBreak() {
    blocks.add(new Block.PageBreak());
    return this;
  }

  /** The laid-out PDF. May be called more than once. */
  public byte[] toBytes() {
    try (Typesetter typesetter = new Typesetter(font, margins)) {
      blocks.forEach(typesetter::add);
      return typesetter.finish(title, footer);
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF could not be written", e);
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  record Margins(double topMm, double rightMm, double bottomMm, double leftMm) {
    Margins {
      if (topMm < 5 || rightMm < 5 || bottomMm < 10 || leftMm < 5 || leftMm + rightMm > 150 || topMm + bottomMm > 200) {
        throw new IllegalArgumentException("margins must leave room: at least 5 mm (10 mm at the foot) and at most"
            + " 150 mm across, 200 mm down");
      }
    }
  }
}
