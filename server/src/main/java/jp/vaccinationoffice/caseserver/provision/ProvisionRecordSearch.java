package jp.vaccinationoffice.caseserver.provision;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.OfficeTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The records of provision (情報提供等の記録) of the reader's municipality, for auditors and supervisors. */
@Service
public class ProvisionRecordSearch {

  private static final int MAX_ROWS = 500;
  /** Longer filters name no record and would not fit the access log's subject column. */
  static final int MAX_ID_LENGTH = 64;

  public record ProvisionRecordView(String inquiryId, String requestingMunicipalityCode, String personId, String outcome,
      List<String> itemsProvided, String legalBasis, String decisionId, int decisionVersion, String approver,
      java.time.Instant recordedAt, String intermediateRecordId) {}

  /** A row of {@code provision_record} as staff see it. */
  static final RowMapper<ProvisionRecordView> ROW = (rs, i) -> new ProvisionRecordView(
      rs.getString("inquiry_id"), rs.getString("requesting_municipality_code"), rs.getString("ledger_person_id"),
      rs.getString("outcome"), items(rs.getString("items_provided")), rs.getString("legal_basis"),
      rs.getString("decision_key"), rs.getInt("decision_version"), rs.getString("approver"),
      rs.getTimestamp("recorded_at").toInstant(), rs.getString("intermediate_record_id"));

  private final JdbcTemplate jdbc;
  private final AccessLog accessLog;

  ProvisionRecordSearch(JdbcTemplate jdbc, AccessLog accessLog) {
    this.jdbc = jdbc;
    this.accessLog = accessLog;
  }

  /**
   * At most {@value #MAX_ROWS} records, newest first; the search is logged. {@code from} and {@code to}
   * are days in Japan (the office's days, whatever zone the server runs in), both included.
   */
  @Transactional
  public List<ProvisionRecordView> list(StaffPrincipal staff, String inquiryId, String personId, LocalDate from, LocalDate to,
      String clientAddress) {
    StringBuilder sql = new StringBuilder("SELECT * FROM provision_record WHERE municipality_code = ?");
    List<Object> arguments = new ArrayList<>(List.of(staff.municipalityCode()));
    if (inquiryId != null) {
      sql.append(" AND inquiry_id = ?");
      arguments.add(inquiryId);
    }
    if (personId != null) {
      sql.append(" AND ledger_person_id = ?");
      arguments.add(personId);
    }
    if (from != null) {
      sql.append(" AND recorded_at >= ?");
      arguments.add(Timestamp.from(from.atStartOfDay(OfficeTime.ZONE).toInstant()));
    }
    if (to != null) {
      sql.append(" AND recorded_at < ?");
      arguments.add(Timestamp.from(to.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant()));
    }
    sql.append(" ORDER BY recorded_at DESC FETCH FIRST " + MAX_ROWS + " ROWS ONLY");
    List<ProvisionRecordView> page = jdbc.query(sql.toString(), ROW, arguments.toArray());
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.SEARCH, "PROVISION_RECORDS",
        personId != null ? personId : inquiryId, null, clientAddress));
    return page;
  }

  private static List<String> items(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
