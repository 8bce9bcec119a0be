package jp.vaccinationoffice.caseserver.documents.pdf;

import java.awt.image.BufferedImage;
import java.util.List;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument.Align;

/** What a document is made of, in order; laid out on pages by {@link Typesetter}. */
sealed interface Block {

  record Text(String text, float size, Align align, float spaceAfterPt) implements Block {}

  /** Rows of two columns (label, value) without rules; {@code labelWidthMm} is the label column. */
  record LabelValues(List<List<String>> rows, double labelWidthMm) implements Block {}

  /** A ruled table; the header row is repeated on every page the table continues on. */
  record Table(List<String> header, List<List<String>> rows, double[] columnWeights) implements Block {}

  record Image(BufferedImage image, double widthMm, Align align) implements Block {}

  /** Square modules, dark where {@code dark[row][column]} (a QR code), {@code widthMm} wide in all. */
  record Modules(boolean[][] dark, double widthMm, Align align) implements Block {}

  record Space(double mm) implements Block {}

  record PageBreak() implements Block {}
}
