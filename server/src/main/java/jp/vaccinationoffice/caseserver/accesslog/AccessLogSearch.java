package jp.vaccinationoffice.caseserver.accesslog;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the access log of one municipality with the auditors' filters. */
@Service
public class AccessLogSearch {

  private final JdbcTemplate jdbc;

  AccessLogSearch(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public AccessLogPage<AccessLogRow> find(AccessLogQuery query) {
    List<Object> arguments = new ArrayList<>();
    StringBuilder where = new StringBuilder(" FROM access_log WHERE municipality_code = ?");
    arguments.add(query.municipalityCode());
    filter(where, arguments, "user_id = ?", query.userId());
    filter(where, arguments, "subject_type = ?", query.subjectType());
    filter(where, arguments, "subject_id = ?", query.subjectId());
    filter(where, arguments, "action = ?", query.action() == null ? null : query.action().name());
    filter(where, arguments, "recorded_at >= ?", utc(query.from()));
    filter(where, arguments, "recorded_at < ?", utc(query.to()));

    Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, arguments.toArray());
    List<Object> paged = new ArrayList<>(arguments);
    paged.add(query.size());
    paged.add((long) query.page() * query.size());
    List<AccessLogRow> rows = jdbc.query(
        "SELECT " + AccessLogTable.COLUMNS + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
        AccessLogTable.ROW, paged.toArray());
    return new AccessLogPage<>(query.page(), query.size(), total == null ? 0 : total, rows);
  }

  private static void filter(StringBuilder where, List<Object> arguments, String condition, Object value) {
    if (value != null) {
      where.append(" AND ").append(condition);
      arguments.add(value);
    }
  }

  private static Object utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
