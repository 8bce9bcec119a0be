package jp.vaccinationoffice.caseserver.personalinfo;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.caseserver.search.OpenTaskAssignees;
import jp.vaccinationoffice.caseserver.search.SearchDocument;
import jp.vaccinationoffice.caseserver.search.SearchDocumentSource;
import jp.vaccinationoffice.caseserver.search.SearchOutbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Disclosure, correction and suspension requests in the search index, one document type each (named
 * as its process): status, reception number, the day received, the statutory deadline, the member of
 * staff working its open task, and the name, kana and birth date of the person it is about, as this
 * municipality's ledger (or, failing that, its latest case of them) holds them. The sealed requester
 * and subject documents are never opened for it; never a My Number, its keyed hash or an address.
 */
abstract class RequestSearchDocuments implements SearchDocumentSource {

  private static final String COLUMNS = """
      SELECT r.id, r.municipality_code, r.status, r.received_on, r.deadline, r.process_instance_id,
          p.name, p.name_kana, p.birth_date AS ledger_birth_date, c.family_name, c.given_name, c.family_name_kana,
          c.given_name_kana, c.birth_date AS case_birth_date
      FROM pi_request r
      LEFT JOIN ledger_person p ON p.municipality_code = r.municipality_code AND p.my_number_index = r.subject_index
      LEFT JOIN case_file c ON p.id IS NULL AND c.id = (SELECT l.id FROM case_file l
          WHERE l.municipality_code = r.municipality_code AND l.my_number_index = r.subject_index
          ORDER BY l.created_at DESC FETCH FIRST 1 ROWS ONLY)
      """;

  private final RequestType requestType;
  private final JdbcTemplate jdbc;
  private final OpenTaskAssignees assignees;

  RequestSearchDocuments(RequestType requestType, JdbcTemplate jdbc, OpenTaskAssignees assignees) {
    this.requestType = requestType;
    this.jdbc = jdbc;
    this.assignees = assignees;
  }

  /** The document type of a request of this type: its process's name. */
  static String typeOf(RequestType type) {
    return type.process();
  }

  @Override
  public String type() {
    return typeOf(requestType);
  }

  @Override
  public Set<String> processes() {
    return Set.of(requestType.process());
  }

  @Override
  public Optional<SearchDocument> load(String requestId) {
    return Optional.ofNullable(loadAll(List.of(requestId)).get(requestId));
  }

  @Override
  public Map<String, SearchDocument> loadAll(Collection<String> requestIds) {
    Map<String, SearchDocument> found = new HashMap<>();
    List<String> ids = List.copyOf(requestIds);
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
      List<Object> arguments = new ArrayList<>(part);
      arguments.add(requestType.name());
      Map<String, String> processes = new HashMap<>();
      List<SearchDocument> documents = jdbc.query(COLUMNS + " WHERE r.id IN ("
          + String.join(",", Collections.nCopies(part.size(), "?")) + ") AND r.request_type = ?", (rs, i) -> {
            processes.put(rs.getString("id"), rs.getString("process_instance_id"));
            return document(rs);
          }, arguments.toArray());
      Map<String, String> working = assignees.of(processes.values());
      documents.forEach(d -> found.put(d.id(), d.withAssignee(working.get(processes.get(d.id())))));
    }
    return found;
  }

  @Override
  public List<DocumentRef> documentsAfter(String afterId, int limit) {
    return jdbc.query("SELECT municipality_code, id FROM pi_request WHERE request_type = ? AND id > ? ORDER BY id"
            + " FETCH FIRST " + limit + " ROWS ONLY",
        (rs, i) -> new DocumentRef(rs.getString(1), rs.getString(2)), requestType.name(),
        afterId == null ? "" : afterId);
  }

  private SearchDocument document(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    boolean inLedger = rs.getString("name") != null;
    String[] name = inLedger ? split(rs.getString("name"))
        : new String[] {rs.getString("family_name"), rs.getString("given_name")};
    String[] kana = inLedger ? split(rs.getString("name_kana"))
        : new String[] {rs.getString("family_name_kana"), rs.getString("given_name_kana")};
    Date birth = inLedger ? rs.getDate("ledger_birth_date") : rs.getDate("case_birth_date");
    return new SearchDocument(type(), id, rs.getString("municipality_code"), rs.getString("status"),
        ReceptionNumbers.of(id), rs.getDate("received_on").toLocalDate(), rs.getDate("deadline").toLocalDate(), null,
        name[0], name[1], kana[0], kana[1], birth == null ? null : birth.toLocalDate());
  }

  /** The ledger keeps 氏名 in one column: family and given name where a space separates them. */
  private static String[] split(String name) {
    if (name == null || name.isBlank()) {
      return new String[] {null, null};
    }
    String[] parts = name.strip().split("[\\s\\u3000]+", 2);
    return parts.length == 2 ? parts : new String[] {parts[0], null};
  }

  @Component
  static final class Disclosures extends RequestSearchDocuments {
    Disclosures(JdbcTemplate jdbc, OpenTaskAssignees assignees) {
      super(RequestType.DISCLOSURE, jdbc, assignees);
    }
  }

  @Component
  static final class Corrections extends RequestSearchDocuments {
    Corrections(JdbcTemplate jdbc, OpenTaskAssignees assignees) {
      super(RequestType.CORRECTION, jdbc, assignees);
    }
  }

  @Component
  static final class Suspensions extends RequestSearchDocuments {
    Suspensions(JdbcTemplate jdbc, OpenTaskAssignees assignees) {
      super(RequestType.SUSPENSION, jdbc, assignees);
    }
  }

  /** Notes in the search outbox, in the caller's transaction, that a request changed. */
  @Component
  static final class Indexing {

    private final JdbcTemplate jdbc;
    private final SearchOutbox outbox;

    Indexing(JdbcTemplate jdbc, SearchOutbox outbox) {
      this.jdbc = jdbc;
      this.outbox = outbox;
    }

    void changed(String requestId) {
      jdbc.query("SELECT request_type, municipality_code FROM pi_request WHERE id = ?", rs -> {
        outbox.enqueue(typeOf(RequestType.valueOf(rs.getString(1))), rs.getString(2), requestId);
      }, requestId);
    }
  }
}
