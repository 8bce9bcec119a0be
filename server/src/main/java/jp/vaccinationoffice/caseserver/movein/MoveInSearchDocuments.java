package jp.vaccinationoffice.caseserver.movein;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.search.SearchDocument;
import jp.vaccinationoffice.caseserver.search.SearchDocumentSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import jp.vaccinationoffice.common.OfficeTime;

/**
 * Move-in cases in the search index: status, ticket number as reception number, the day received,
 * the clerk working its open task, the resident's names and birth date. Never the My Number (sealed
 * or indexed) and never the address, whatever the case's support-measure flag says.
 */
@Component
public class MoveInSearchDocuments implements SearchDocumentSource {

  public static final String TYPE = "move-in";
  private static final String COLUMNS = "c.id, c.municipality_code, c.status, c.ticket_number, c.created_at,"
      + " c.family_name, c.given_name, c.family_name_kana, c.given_name_kana, c.birth_date, c.process_instance_id";

  private final JdbcTemplate jdbc;

  MoveInSearchDocuments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Optional<String> caseFileType() {
    return Optional.of(MoveInIntake.CASE_TYPE);
  }

  @Override
  public Optional<SearchDocument> load(String caseId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM case_file c WHERE c.id = ? AND c.case_type = ?",
        (rs, i) -> document(rs), caseId, MoveInIntake.CASE_TYPE).stream().findFirst();
  }

  @Override
  public Map<String, SearchDocument> loadAll(Collection<String> caseIds) {
    Map<String, SearchDocument> found = new HashMap<>();
    List<String> ids = List.copyOf(caseIds);
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
      String marks = String.join(",", Collections.nCopies(part.size(), "?"));
      List<Object> arguments = new ArrayList<>(part);
      arguments.add(MoveInIntake.CASE_TYPE);
      List<Object[]> rows = jdbc.query("SELECT " + COLUMNS + " FROM case_file c WHERE c.id IN (" + marks + ")"
          + " AND c.case_type = ?", (rs, i) -> new Object[] {rs.getString("process_instance_id"), document(rs, null)},
          arguments.toArray());
      Map<String, String> assignees = assignees(rows.stream().map(row -> (String) row[0]).filter(Objects::nonNull).toList());
      for (Object[] row : rows) {
        SearchDocument document = (SearchDocument) row[1];
        found.put(document.id(), withAssignee(document, assignees.get((String) row[0])));
      }
    }
    return found;
  }

  @Override
  public List<DocumentRef> documentsAfter(String afterId, int limit) {
    return jdbc.query("SELECT municipality_code, id FROM case_file WHERE case_type = ? AND id > ? ORDER BY id"
            + " FETCH FIRST " + limit + " ROWS ONLY",
        (rs, i) -> new DocumentRef(rs.getString(1), rs.getString(2)), MoveInIntake.CASE_TYPE,
        afterId == null ? "" : afterId);
  }

  private SearchDocument document(ResultSet rs) throws SQLException {
    return document(rs, assignee(rs.getString("process_instance_id")));
  }

  private static SearchDocument withAssignee(SearchDocument d, String assignee) {
    return new SearchDocument(d.type(), d.id(), d.municipalityCode(), d.status(), d.receptionNumber(), d.receivedOn(),
        d.deadline(), assignee, d.familyName(), d.givenName(), d.familyNameKana(), d.givenNameKana(), d.birthDate());
  }

  private Map<String, String> assignees(List<String> processInstanceIds) {
    Map<String, String> assignees = new HashMap<>();
    if (processInstanceIds.isEmpty()) {
      return assignees;
    }
    String marks = String.join(",", Collections.nCopies(processInstanceIds.size(), "?"));
    jdbc.query("SELECT e.ROOT_PROC_INST_ID_, t.ASSIGNEE_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
        + " WHERE e.ROOT_PROC_INST_ID_ IN (" + marks + ") AND t.ASSIGNEE_ IS NOT NULL ORDER BY t.CREATE_TIME_",
        rs -> {
          assignees.putIfAbsent(rs.getString(1), rs.getString(2));
        }, processInstanceIds.toArray());
    return assignees;
  }

  private static SearchDocument document(ResultSet rs, String assignee) throws SQLException {
    return new SearchDocument(TYPE, rs.getString("id"), rs.getString("municipality_code"), rs.getString("status"),
        rs.getString("ticket_number"),
        rs.getTimestamp("created_at").toInstant().atZone(OfficeTime.ZONE).toLocalDate(), null,
        assignee,
        rs.getString("family_name"), rs.getString("given_name"), rs.getString("family_name_kana"),
        rs.getString("given_name_kana"), rs.getDate("birth_date").toLocalDate());
  }

  /** Whoever holds an open task of the case (its own process or one it called), or null. */
  private String assignee(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    List<String> assignees = jdbc.queryForList("SELECT t.ASSIGNEE_ FROM ACT_RU_TASK t"
        + " JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
        + " WHERE e.ROOT_PROC_INST_ID_ = ? AND t.ASSIGNEE_ IS NOT NULL ORDER BY t.CREATE_TIME_", String.class,
        processInstanceId);
    return assignees.isEmpty() ? null : assignees.get(0);
  }
}
