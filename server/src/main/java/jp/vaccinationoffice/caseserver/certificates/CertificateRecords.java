package jp.vaccinationoffice.caseserver.certificates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads issued certificates, always within one municipality: another municipality's id finds nothing. */
@Component
class CertificateRecords {

  record Stored(String id, String municipalityCode, String caseId, CertificateUse use, CertificateStatus status,
      String holderName, String familyNameRoman, String givenNameRoman, LocalDate birthDate, String nationality,
      String passportSealed, String passportMasked, Instant issuedAt, LocalDate issuedOn, String kid, String rid,
      String smartHealthCard, String supersededBy, String revocationReason,
      List<CertificateIssuance.CertifiedDose> doses) {}

  private final JdbcTemplate jdbc;

  CertificateRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Stored> find(String municipalityCode, String certificateId) {
    return jdbc.query("SELECT * FROM certificate WHERE id = ? AND municipality_code = ?", this::row, certificateId,
        municipalityCode).stream().findFirst();
  }

  List<Stored> ofCase(String caseId) {
    return jdbc.query("SELECT * FROM certificate WHERE case_id = ? ORDER BY issued_at, id", this::row, caseId);
  }

  private Stored row(ResultSet rs, int rowNum) throws SQLException {
    String id = rs.getString("id");
    return new Stored(id, rs.getString("municipality_code"), rs.getString("case_id"),
        CertificateUse.valueOf(rs.getString("certificate_use")), CertificateStatus.valueOf(rs.getString("status")),
        rs.getString("holder_name"), rs.getString("family_name_roman"), rs.getString("given_name_roman"),
        rs.getDate("birth_date").toLocalDate(), rs.getString("nationality"), rs.getString("passport_number_sealed"),
        rs.getString("passport_number_masked"), rs.getTimestamp("issued_at").toInstant(),
        rs.getDate("issued_on").toLocalDate(), rs.getString("issuer_kid"), rs.getString("rid"),
        rs.getString("smart_health_card"), rs.getString("superseded_by"), rs.getString("revocation_reason"),
        doses(id));
  }

  private List<CertificateIssuance.CertifiedDose> doses(String certificateId) {
    return jdbc.query("""
        SELECT dose_number, vaccinated_on, manufacturer, product, lot, cvx_code, vaccine_name_en, manufacturer_en,
            ledger_dose_id
        FROM certificate_dose WHERE certificate_id = ? ORDER BY dose_number""",
        (rs, i) -> new CertificateIssuance.CertifiedDose(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getObject(9, Long.class)),
        certificateId);
  }
}
