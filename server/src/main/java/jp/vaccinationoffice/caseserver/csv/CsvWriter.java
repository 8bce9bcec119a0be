package jp.vaccinationoffice.caseserver.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes CSV (RFC 4180, CRLF line ends) that a spreadsheet opens as text only: a cell that starts
 * with a character a spreadsheet reads as the start of a formula ({@code = + - @}, tab, carriage
 * return) gets a leading apostrophe, so that data from a resident or an import never runs as a
 * formula (CSV injection) in the office's spreadsheet. Every CSV the server writes goes through it.
 */
public final class CsvWriter {

  private final Appendable out;

  public CsvWriter(Appendable out) {
    this.out = out;
  }

  /** Whether a spreadsheet would read the cell as a formula (or as the start of one). */
  public static boolean startsLikeFormula(String cell) {
    if (cell == null || cell.isEmpty()) {
      return false;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }

  /** The cell as written: neutralised, then quoted where RFC 4180 requires it. */
  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = startsLikeFormula(value) ? "'" + value : value;
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  public CsvWriter row(List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(cell(cells.get(i)));
      }
      out.append("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
