package jp.vaccinationoffice.caseserver.provision;

import com.ibm.icu.text.Normalizer2;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.search.SearchDocument;
import jp.vaccinationoffice.caseserver.search.SearchDocumentSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import jp.vaccinationoffice.common.OfficeTime;

/**
 * Inquiries of other municipalities (provision) in the search index: status, the inquiry id as
 * reception number, the day received, and, once matched with the ledger, the person's name, kana
 * and birth date. Never the My Number (sealed or indexed); the ledger holds no address.
 */
@Component
public class ProvisionSearchDocuments implements SearchDocumentSource {

  public static final String TYPE = "provision-inquiry";
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private final JdbcTemplate jdbc;

  ProvisionSearchDocuments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Optional<SearchDocument> load(String inquiryId) {
    return jdbc.query("SELECT i.id, i.municipality_code, i.status, i.received_at, i.approver,"
            + " p.name, p.name_kana, p.birth_date"
            + " FROM provision_inquiry i LEFT JOIN ledger_person p ON p.id = i.ledger_person_id WHERE i.id = ?",
        (rs, n) -> document(rs), inquiryId).stream().findFirst();
  }

  @Override
  public List<DocumentRef> documentsAfter(String afterId, int limit) {
    return jdbc.query("SELECT municipality_code, id FROM provision_inquiry WHERE id > ? ORDER BY id"
            + " FETCH FIRST " + limit + " ROWS ONLY",
        (rs, i) -> new DocumentRef(rs.getString(1), rs.getString(2)), afterId == null ? "" : afterId);
  }

  private SearchDocument document(ResultSet rs) throws SQLException {
    String[] name = split(rs.getString("name"));
    String[] kana = split(rs.getString("name_kana"));
    java.sql.Date birth = rs.getDate("birth_date");
    return new SearchDocument(TYPE, rs.getString("id"), rs.getString("municipality_code"), rs.getString("status"),
        rs.getString("id"), rs.getTimestamp("received_at").toInstant().atZone(OfficeTime.ZONE).toLocalDate(), null,
        rs.getString("approver"), name[0], name[1], kana[0], kana[1], birth == null ? null : birth.toLocalDate());
  }

  /** The ledger keeps 氏名 in one column: family and given name where a space separates them. */
  private static String[] split(String name) {
    if (name == null) {
      return new String[] {null, null};
    }
    String[] parts = NFKC.normalize(name).strip().split("\\s+", 2);
    return parts.length == 2 ? new String[] {name.strip().split("[\\s　]+", 2)[0], name.strip().split("[\\s　]+", 2)[1]}
        : new String[] {name.strip(), null};
  }
}
