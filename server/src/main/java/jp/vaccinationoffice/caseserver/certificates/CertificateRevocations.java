package jp.vaccinationoffice.caseserver.certificates;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws certificates that no longer hold: a certificate whose doses were corrected becomes
 * REVOKED, one replaced by a reissue SUPERSEDED; either way its card's rid joins the revocation list
 * of the key that signed it ({@code /shc/{municipality}/.well-known/crl/{kid}.json}). Joins the
 * caller's transaction; revoking twice changes nothing more.
 */
@Component
public class CertificateRevocations {

  private final JdbcTemplate jdbc;
  private final CaseJournal journal;
  private final AccessLog accessLog;
  private final Clock clock;

  CertificateRevocations(JdbcTemplate jdbc, CaseJournal journal, AccessLog accessLog, Clock clock) {
    this.jdbc = jdbc;
    this.journal = journal;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /**
   * Revokes every valid certificate of the municipality that certifies one of the ledger doses.
   *
   * @return the ids of the certificates revoked now
   */
  @Transactional
  public List<String> revokeForDoses(String municipalityCode, Collection<Long> doseIds, String reason) {
    if (doseIds == null || doseIds.isEmpty()) {
      return List.of();
    }
    List<Object> arguments = new ArrayList<>();
    arguments.add(municipalityCode);
    arguments.addAll(doseIds);
    List<String> ids = jdbc.queryForList("""
        SELECT DISTINCT c.id FROM certificate c JOIN certificate_dose d ON d.certificate_id = c.id
        WHERE c.municipality_code = ? AND c.status IN ('ISSUED', 'MAILED') AND d.ledger_dose_id IN ("""
        + String.join(", ", Collections.nCopies(doseIds.size(), "?")) + ") ORDER BY c.id",
        String.class, arguments.toArray());
    for (String id : ids) {
      withdraw(municipalityCode, id, CertificateStatus.REVOKED, reason, null);
    }
    return ids;
  }

  /** Marks the certificate withdrawn and lists its rid; false when it was not valid any more. */
  boolean withdraw(String municipalityCode, String certificateId, CertificateStatus status, String reason,
      String supersededBy) {
    Timestamp now = Timestamp.from(clock.instant());
    int changed = jdbc.update("""
        UPDATE certificate SET status = ?, revoked_at = ?, revocation_reason = ?, superseded_by = ?
        WHERE id = ? AND municipality_code = ? AND status IN ('ISSUED', 'MAILED')""",
        status.name(), now, reason == null ? null : reason.substring(0, Math.min(100, reason.length())), supersededBy,
        certificateId, municipalityCode);
    if (changed == 0) {
      return false;
    }
    var row = jdbc.queryForMap("SELECT case_id, issuer_kid, rid FROM certificate WHERE id = ?", certificateId);
    jdbc.update("INSERT INTO shc_revocation (municipality_code, kid, rid, revoked_at) VALUES (?, ?, ?, ?)",
        municipalityCode, row.get("issuer_kid"), row.get("rid"), now);
    String caseId = (String) row.get("case_id");
    journal.step(caseId, "CERTIFICATE_" + status.name(), CaseJournal.SYSTEM, certificateId);
    if (status == CertificateStatus.REVOKED) {
      journal.status(caseId, status.name(), CaseJournal.SYSTEM);
    }
    accessLog.record(new AccessEntry(CaseJournal.SYSTEM, municipalityCode, AccessAction.UPDATE, "CERTIFICATE",
        certificateId, "case:" + caseId, null));
    return true;
  }

  /** The rids revoked under one key, oldest first. */
  List<String> revokedRids(String municipalityCode, String kid) {
    return jdbc.queryForList("SELECT rid FROM shc_revocation WHERE municipality_code = ? AND kid = ? ORDER BY revoked_at, rid",
        String.class, municipalityCode, kid);
  }
}
