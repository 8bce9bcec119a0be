package jp.vaccinationoffice.caseserver.certificates;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a certificate request stands, without its personal data: the status, how it was applied
 * for, and the certificates it issued. Another municipality's request is not found.
 */
@Component
public class CertificateRequestProgress {

  /** The request's status and codes, and each certificate issued from it. */
  public record Progress(String requestId, String status, CertificateChannel channel, CertificateUse use,
      List<Issued> certificates) {}

  public record Issued(String certificateId, CertificateStatus status, Instant issuedAt) {}

  private final JdbcTemplate jdbc;
  private final CertificateRecords records;

  CertificateRequestProgress(JdbcTemplate jdbc, CertificateRecords records) {
    this.jdbc = jdbc;
    this.records = records;
  }

  public Progress of(String municipalityCode, String requestId) {
    List<Map<String, Object>> rows = jdbc.queryForList("""
        SELECT c.status, r.channel, r.certificate_use FROM case_file c JOIN certificate_request r ON r.case_id = c.id
        WHERE c.id = ? AND c.municipality_code = ? AND c.case_type = ?""",
        requestId, municipalityCode, CertificateIntake.CASE_TYPE);
    if (rows.isEmpty()) {
      throw ApiException.notFound("certificate request");
    }
    Map<String, Object> row = rows.get(0);
    return new Progress(requestId, (String) row.get("status"),
        CertificateChannel.valueOf((String) row.get("channel")), CertificateUse.valueOf((String) row.get("certificate_use")),
        records.ofCase(requestId).stream().map(c -> new Issued(c.id(), c.status(), c.issuedAt())).toList());
  }
}
