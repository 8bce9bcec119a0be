package jp.vaccinationoffice.caseserver.staffscreens;

import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;

/**
 * What a case page shows, whatever the kind of case: lists of items (概要, 本人 …) and tables
 * (接種記録, 経過 …), whose cells may link to a document to download.
 */
record CasePage(String caseId, String kind, String status, List<Items> itemLists, List<Table> tables) {

  /** The number staff quote for the case (受付番号), as the task names do. */
  public String receptionNumber() {
    return ReceptionNumbers.of(caseId);
  }

  record Items(String heading, List<Item> items) {}

  record Item(String label, String value) {}

  record Table(String heading, String id, List<String> columns, List<List<Cell>> rows, String whenEmpty) {}

  record Cell(String text, String href) {

    static Cell text(String text) {
      return new Cell(text == null || text.isBlank() ? "—" : text, null);
    }
  }

  /** Collects a page's parts in the order they are shown. */
  static final class Builder {

    private final String caseId;
    private final String kind;
    private final String status;
    private final List<Items> itemLists = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private List<Item> openItems;

    Builder(String caseId, String kind, String status) {
      this.caseId = caseId;
      this.kind = kind;
      this.status = status;
    }

    Builder items(String heading) {
      openItems = new ArrayList<>();
      itemLists.add(new Items(heading, openItems));
      return this;
    }

    Builder item(String label, Object value) {
      openItems.add(new Item(label, value == null || value.toString().isBlank() ? "—" : value.toString()));
      return this;
    }

    Builder table(String heading, String id, List<String> columns, List<List<Cell>> rows, String whenEmpty) {
      tables.add(new Table(heading, id, columns, rows, whenEmpty));
      return this;
    }

    CasePage build() {
      return new CasePage(caseId, kind, status, List.copyOf(itemLists), List.copyOf(tables));
    }
  }
}
