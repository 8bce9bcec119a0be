package jp.vaccinationoffice.caseserver.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.RowMapper;

/** A consent as stored: who gave it for which case, the evidence held, and where it stands. */
public record ConsentRecord(
    String id,
    String caseId,
    String municipalityCode,
    String scope,
    String channel,
    LocalDate signedOn,
    String evidence,
    ConsentState state,
    Instant recordedAt,
    Instant confirmedAt,
    Instant usedAt,
    Instant withdrawnAt) {

  static final RowMapper<ConsentRecord> ROW_MAPPER = (rs, row) -> new ConsentRecord(
      rs.getString("id"),
      rs.getString("case_id"),
      rs.getString("municipality_code"),
      rs.getString("scope"),
      rs.getString("channel"),
      rs.getDate("signed_on").toLocalDate(),
      rs.getString("evidence"),
      ConsentState.valueOf(rs.getString("state")),
      instant(rs.getTimestamp("recorded_at")),
      instant(rs.getTimestamp("confirmed_at")),
      instant(rs.getTimestamp("used_at")),
      instant(rs.getTimestamp("withdrawn_at")));

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
