package jp.vaccinationoffice.caseserver.ledger.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text, one per line (RFC 4180 fields: quoted with {@code "}, a doubled quote
 * inside a quoted field). Line numbers count from 1, the header's line. A quoted field may not span
 * lines: the ledger export never breaks a line inside a field, so one that does is an error.
 */
final class CsvLines {

  /** A line that is not well-formed CSV. */
  static final class MalformedLine extends Exception {
    MalformedLine(String message) {
      super(message, null, false, false);
    }
  }

  private final String text;
  private int position;
  private int lineNumber;

  CsvLines(String text) {
    this.text = text;
  }

  boolean hasNext() {
    skipTrailingEmptyLines();
    return position < text.length();
  }

  /** The number of the line {@link #next()} returned last. */
  int lineNumber() {
    return lineNumber;
  }

  /** The next line's fields; after a {@link MalformedLine} the reader continues with the line after it. */
  List<String> next() throws MalformedLine {
    int end = text.indexOf('\n', position);
    if (end < 0) {
      end = text.length();
    }
    String line = text.substring(position, end);
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    position = end + 1;
    lineNumber++;
    return fields(line);
  }

  static List<String> fields(String line) throws MalformedLine {
    List<String> fields = new ArrayList<>(12);
    int i = 0;
    while (true) {
      if (i < line.length() && line.charAt(i) == '"') {
        StringBuilder field = new StringBuilder();
        i++;
        while (true) {
          int quote = line.indexOf('"', i);
          if (quote < 0) {
            throw new MalformedLine("a quoted field is not closed on its line");
          }
          field.append(line, i, quote);
          if (quote + 1 < line.length() && line.charAt(quote + 1) == '"') {
            field.append('"');
            i = quote + 2;
          } else {
            i = quote + 1;
            break;
          }
        }
        fields.add(field.toString());
        if (i == line.length()) {
          return fields;
        }
        if (line.charAt(i) != ',') {
          throw new MalformedLine("a quoted field is followed by text before the next comma");
        }
        i++;
      } else {
        int comma = line.indexOf(',', i);
        if (comma < 0) {
          fields.add(line.substring(i));
          return fields;
        }
        fields.add(line.substring(i, comma));
        i = comma + 1;
      }
    }
  }

  private void skipTrailingEmptyLines() {
    int i = position;
    while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
      i++;
    }
    if (i == text.length()) {
      position = i;
    }
  }
}
