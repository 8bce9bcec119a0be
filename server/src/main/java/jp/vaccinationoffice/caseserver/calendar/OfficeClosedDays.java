package jp.vaccinationoffice.caseserver.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The days each municipality's administrators closed the office on (table {@code office_closed_day}). */
@Repository
public class OfficeClosedDays {

  public record ClosedDay(LocalDate date, String reason, String setBy, Instant setAt) {}

  private final JdbcTemplate jdbc;

  OfficeClosedDays(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Set<LocalDate> between(String municipalityCode, LocalDate from, LocalDate to) {
    return new HashSet<>(jdbc.queryForList("SELECT closed_on FROM office_closed_day WHERE municipality_code = ?"
        + " AND closed_on BETWEEN ? AND ?", Date.class, municipalityCode, Date.valueOf(from), Date.valueOf(to))
        .stream().map(Date::toLocalDate).toList());
  }

  public List<ClosedDay> list(String municipalityCode, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT * FROM office_closed_day WHERE municipality_code = ? AND closed_on BETWEEN ? AND ?"
        + " ORDER BY closed_on", (rs, i) -> new ClosedDay(rs.getDate("closed_on").toLocalDate(), rs.getString("reason"),
            rs.getString("set_by"), rs.getTimestamp("set_at").toInstant()),
        municipalityCode, Date.valueOf(from), Date.valueOf(to));
  }

  /** Closes the office on the day (again: the reason is replaced). */
  public void close(String municipalityCode, LocalDate day, String reason, String setBy) {
    int updated = jdbc.update("UPDATE office_closed_day SET reason = ?, set_by = ?, set_at = ? WHERE municipality_code = ?"
        + " AND closed_on = ?", reason, setBy, Timestamp.from(Instant.now()), municipalityCode, Date.valueOf(day));
    if (updated == 0) {
      jdbc.update("INSERT INTO office_closed_day (municipality_code, closed_on, reason, set_by, set_at)"
          + " VALUES (?, ?, ?, ?, ?)", municipalityCode, Date.valueOf(day), reason, setBy, Timestamp.from(Instant.now()));
    }
  }

  /** Whether the day was a configured closed day (and is open again now). */
  public boolean reopen(String municipalityCode, LocalDate day) {
    return jdbc.update("DELETE FROM office_closed_day WHERE municipality_code = ? AND closed_on = ?",
        municipalityCode, Date.valueOf(day)) > 0;
  }
}
