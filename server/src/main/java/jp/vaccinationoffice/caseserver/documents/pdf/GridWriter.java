package jp.vaccinationoffice.caseserver.documents.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws rows of cells whose text wraps within its column: label–value rows (no rules) and ruled
 * tables. A row that does not fit moves to the next page; a row taller than a page is split
 * between pages. A table's header is drawn again at the top of every page it continues on.
 */
final class GridWriter {

  private static final float SIZE = PdfDocument.BODY_SIZE;
  private static final float LEADING = SIZE * Typesetter.LINE_SPACING;
  private static final Color HEADER_FILL = new Color(0.9f, 0.9f, 0.9f);

  private final Typesetter page;
  private final boolean ruled;
  private final float padding;
  private float[] columnWidths;

  GridWriter(Typesetter page, boolean ruled) {
    this.page = page;
    this.ruled = ruled;
    this.padding = ruled ? Typesetter.mm(1.5) : 1f;
  }

  void labelValues(Block.LabelValues block) throws IOException {
    float labelWidth = Math.min(Typesetter.mm(block.labelWidthMm()), (page.right() - page.left()) / 2);
    columnWidths = new float[] {labelWidth, page.right() - page.left() - labelWidth};
    for (List<String> row : block.rows()) {
      row(row, null);
    }
    page.moveDown(Math.min(SIZE * 0.6f, Math.max(0, page.remaining())));
  }

  void table(Block.Table table) throws IOException {
    double total = 0;
    for (double weight : table.columnWeights()) {
      total += weight;
    }
    float width = page.right() - page.left();
    columnWidths = new float[table.columnWeights().length];
    for (int i = 0; i < columnWidths.length; i++) {
      columnWidths[i] = (float) (width * table.columnWeights()[i] / total);
    }
    row(table.header(), null);
    for (List<String> row : table.rows()) {
      row(row, table.header());
    }
    page.moveDown(Math.min(SIZE, Math.max(0, page.remaining())));
  }

  /** One row; {@code header} is repeated first when the row continues on a new page (null: none). */
  private void row(List<String> cells, List<String> header) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    int height = 0;
    for (int i = 0; i < cells.size(); i++) {
      List<String> cellLines = page.lines(cells.get(i), SIZE, columnWidths[i] - 2 * padding - gap(i));
      lines.add(cellLines);
      height = Math.max(height, cellLines.size());
    }
    boolean headerRow = header == null && ruled;
    page.ensureRoom(0);
    int drawn = 0;
    do {
      int rest = Math.max(1, height - drawn);
      int fitting = (int) Math.floor((page.remaining() - 2 * padding) / LEADING);
      int fittingOnNewPage = (int) Math.floor((page.pageHeight() - 2 * padding) / LEADING) - (header == null ? 0 : 2);
      if (fitting < rest && (fitting < 1 || rest <= fittingOnNewPage && !page.atPageTop())) {
        page.newPage();
        if (header != null) {
          row(header, null);
        }
        continue;
      }
      int count = Math.min(fitting, rest);
      segment(lines, drawn, count, headerRow);
      drawn += count;
    } while (drawn < height);
  }

  private float gap(int column) {
    return !ruled && column == 0 ? Typesetter.mm(3) : 0;
  }

  private void segment(List<List<String>> lines, int from, int count, boolean headerRow) throws IOException {
    float height = count * LEADING + 2 * padding;
    float top = page.y();
    float x = page.left();
    PDPageContentStream content = page.content();
    for (int i = 0; i < lines.size(); i++) {
      if (ruled) {
        content.addRect(x, top - height, columnWidths[i], height);
        if (headerRow) {
          content.setNonStrokingColor(HEADER_FILL);
          content.fillAndStroke();
          content.setNonStrokingColor(Color.BLACK);
        } else {
          content.stroke();
        }
      }
      List<String> cellLines = lines.get(i);
      for (int j = from; j < Math.min(cellLines.size(), from + count); j++) {
        float baseline = top - padding - (j - from) * LEADING - SIZE;
        page.showText(cellLines.get(j), x + padding, baseline, SIZE);
      }
      x += columnWidths[i];
    }
    page.moveDown(height);
  }
}
