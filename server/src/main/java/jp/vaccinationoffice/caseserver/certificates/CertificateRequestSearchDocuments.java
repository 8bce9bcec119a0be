package jp.vaccinationoffice.caseserver.certificates;

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
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.caseserver.search.OpenTaskAssignees;
import jp.vaccinationoffice.caseserver.search.SearchDocument;
import jp.vaccinationoffice.caseserver.search.SearchDocumentSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import jp.vaccinationoffice.common.OfficeTime;

/**
 * Certificate requests in the search index: status, reception number, the day received, the clerk
 * working its open task, the applicant's names in kanji, kana and (for a passport) Roman letters,
 * and birth date. Never the My Number (sealed or indexed), the passport number or an address (the
 * applicant's or the mailing address).
 */
@Component
class CertificateRequestSearchDocuments implements SearchDocumentSource {

  static final String TYPE = "certificate-request";

  private final JdbcTemplate jdbc;
  private final OpenTaskAssignees assignees;

  CertificateRequestSearchDocuments(JdbcTemplate jdbc, OpenTaskAssignees assignees) {
    this.jdbc = jdbc;
    this.assignees = assignees;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Optional<String> caseFileType() {
    return Optional.of(CertificateIntake.CASE_TYPE);
  }

  @Override
  public Optional<SearchDocument> load(String caseId) {
    return Optional.ofNullable(loadAll(List.of(caseId)).get(caseId));
  }

  @Override
  public Map<String, SearchDocument> loadAll(Collection<String> caseIds) {
    Map<String, SearchDocument> found = new HashMap<>();
    List<String> ids = List.copyOf(caseIds);
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
      List<Object> arguments = new ArrayList<>(part);
      arguments.add(CertificateIntake.CASE_TYPE);
      Map<String, String> processes = new HashMap<>();
      List<SearchDocument> documents = jdbc.query("""
          SELECT c.id, c.municipality_code, c.status, c.created_at, c.family_name, c.given_name, c.family_name_kana,
              c.given_name_kana, c.birth_date, c.process_instance_id, r.family_name_roman, r.given_name_roman
          FROM case_file c LEFT JOIN certificate_request r ON r.case_id = c.id
          WHERE c.id IN (""" + String.join(",", Collections.nCopies(part.size(), "?")) + ") AND c.case_type = ?",
          (rs, i) -> {
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
    return jdbc.query("SELECT municipality_code, id FROM case_file WHERE case_type = ? AND id > ? ORDER BY id"
            + " FETCH FIRST " + limit + " ROWS ONLY",
        (rs, i) -> new DocumentRef(rs.getString(1), rs.getString(2)), CertificateIntake.CASE_TYPE,
        afterId == null ? "" : afterId);
  }

  private static SearchDocument document(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    Date birth = rs.getDate("birth_date");
    return new SearchDocument(TYPE, id, rs.getString("municipality_code"), rs.getString("status"),
        ReceptionNumbers.of(id), rs.getTimestamp("created_at").toInstant().atZone(OfficeTime.ZONE).toLocalDate(), null,
        null, rs.getString("family_name"), rs.getString("given_name"), blankToNull(rs.getString("family_name_kana")),
        blankToNull(rs.getString("given_name_kana")), birth == null ? null : birth.toLocalDate(),
        rs.getString("family_name_roman"), rs.getString("given_name_roman"));
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
