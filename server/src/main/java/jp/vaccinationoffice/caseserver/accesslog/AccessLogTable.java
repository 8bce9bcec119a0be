package jp.vaccinationoffice.caseserver.accesslog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.RowMapper;

/** The columns of {@code access_log} and how a result row becomes an {@link AccessLogRow}. */
final class AccessLogTable {

  static final String COLUMNS = "id, recorded_at, user_id, municipality_code, action, subject_type, subject_id,"
      + " justification, client_address, previous_hash, row_hash";

  static final RowMapper<AccessLogRow> ROW = AccessLogTable::row;

  private AccessLogTable() {}

  static AccessLogRow row(ResultSet rs, int rowNum) throws SQLException {
    return new AccessLogRow(
        rs.getLong("id"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("user_id"),
        rs.getString("municipality_code"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("justification"),
        rs.getString("client_address"),
        rs.getString("previous_hash"),
        rs.getString("row_hash"));
  }
}
