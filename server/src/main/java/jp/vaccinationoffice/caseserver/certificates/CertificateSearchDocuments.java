package jp.vaccinationoffice.caseserver.certificates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.search.OpenTaskAssignees;
import jp.vaccinationoffice.caseserver.search.SearchDocument;
import jp.vaccinationoffice.caseserver.search.SearchDocumentSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issued certificates in the search index: status (ISSUED, MAILED, SUPERSEDED, REVOKED), the
 * 証明書ID as reception number, the day of issue, the holder's names as the certificate shows them
 * (kanji, the request's kana, the passport's Roman letters), birth date, and the clerk working the
 * request's open task. Never the passport number (sealed or masked), the My Number or an address.
 * A certificate shows its request, so a change of the request's case notes its certificates too.
 */
@Component
class CertificateSearchDocuments implements SearchDocumentSource {

  static final String TYPE = "certificate";

  private final JdbcTemplate jdbc;
  private final OpenTaskAssignees assignees;

  CertificateSearchDocuments(JdbcTemplate jdbc, OpenTaskAssignees assignees) {
    this.jdbc = jdbc;
    this.assignees = assignees;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Optional<SearchDocument> load(String certificateId) {
    return Optional.ofNullable(loadAll(List.of(certificateId)).get(certificateId));
  }

  @Override
  public Map<String, SearchDocument> loadAll(Collection<String> certificateIds) {
    Map<String, SearchDocument> found = new HashMap<>();
    List<String> ids = List.copyOf(certificateIds);
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
      Map<String, String> processes = new HashMap<>();
      List<SearchDocument> documents = jdbc.query("""
          SELECT k.id, k.municipality_code, k.status, k.issued_on, k.holder_name, k.family_name_roman,
              k.given_name_roman, k.birth_date, c.family_name_kana, c.given_name_kana, c.process_instance_id
          FROM certificate k LEFT JOIN case_file c ON c.id = k.case_id
          WHERE k.id IN (""" + String.join(",", Collections.nCopies(part.size(), "?")) + ")",
          (rs, i) -> {
            processes.put(rs.getString("id"), rs.getString("process_instance_id"));
            return document(rs);
          }, new ArrayList<Object>(part).toArray());
      Map<String, String> working = assignees.of(processes.values());
      documents.forEach(d -> found.put(d.id(), d.withAssignee(working.get(processes.get(d.id())))));
    }
    return found;
  }

  @Override
  public List<DocumentRef> showingCase(String caseId) {
    return jdbc.query("SELECT municipality_code, id FROM certificate WHERE case_id = ? ORDER BY id",
        (rs, i) -> new DocumentRef(rs.getString(1), rs.getString(2)), caseId);
  }

  @Override
  public List<DocumentRef> documentsAfter(String afterId, int limit) {
    return jdbc.query("SELECT municipality_code, id FROM certificate WHERE id > ? ORDER BY id"
            + " FETCH FIRST " + limit + " ROWS ONLY",
        (rs, i) -> new DocumentRef(rs.getString(1), rs.getString(2)), afterId == null ? "" : afterId);
  }

  private static SearchDocument document(ResultSet rs) throws SQLException {
    String[] name = HolderNames.split(rs.getString("holder_name"));
    return new SearchDocument(TYPE, rs.getString("id"), rs.getString("municipality_code"), rs.getString("status"),
        rs.getString("id"), rs.getDate("issued_on").toLocalDate(), null, null, name[0],
        CertificateRequestSearchDocuments.blankToNull(name[1]),
        CertificateRequestSearchDocuments.blankToNull(rs.getString("family_name_kana")),
        CertificateRequestSearchDocuments.blankToNull(rs.getString("given_name_kana")),
        rs.getDate("birth_date").toLocalDate(), rs.getString("family_name_roman"), rs.getString("given_name_roman"));
  }
}
