package jp.vaccinationoffice.caseserver.taskpanel;

import java.util.ArrayList;
import java.util.List;

/**
 * What the Tasklist's 案件 tab shows for one task: headed sections of labelled values and tables,
 * already in the words staff read. Never a whole My Number; an address only where the case needs it.
 */
public record TaskPanel(String taskId, String taskKey, String receptionNumber, String title, String due,
    List<Section> sections) {

  public record Section(String heading, List<Row> rows, Table table, String note) {}

  public record Row(String label, String value) {}

  public record Table(List<String> columns, List<List<String>> rows) {}

  /** Builds the sections in reading order. */
  static final class Builder {
    private final List<Section> sections = new ArrayList<>();
    private String heading;
    private List<Row> rows = new ArrayList<>();
    private Table table;
    private String note;

    Builder section(String heading) {
      flush();
      this.heading = heading;
      return this;
    }

    Builder row(String label, String value) {
      rows.add(new Row(label, value == null || value.isBlank() ? "—" : value));
      return this;
    }

    Builder table(List<String> columns, List<List<String>> tableRows) {
      table = new Table(columns, tableRows);
      return this;
    }

    Builder note(String text) {
      note = text;
      return this;
    }

    List<Section> build() {
      flush();
      return List.copyOf(sections);
    }

    private void flush() {
      if (heading != null) {
        sections.add(new Section(heading, List.copyOf(rows), table, note));
      }
      heading = null;
      rows = new ArrayList<>();
      table = null;
      note = null;
    }
  }
}
