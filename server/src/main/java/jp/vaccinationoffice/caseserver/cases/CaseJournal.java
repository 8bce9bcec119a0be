package jp.vaccinationoffice.caseserver.cases;

import java.sql.Timestamp;
import java.time.Clock;
import jp.vaccinationoffice.caseserver.search.SearchOutbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Writes a case's status and its step history. */
@Service
public class CaseJournal {

  public static final String SYSTEM = "system";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final SearchOutbox searchOutbox;

  public CaseJournal(JdbcTemplate jdbc, Clock clock, SearchOutbox searchOutbox) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.searchOutbox = searchOutbox;
  }

  public void step(String caseId, String step, String actor, String detail) {
    jdbc.update("INSERT INTO case_step (case_id, step, actor, detail, at) VALUES (?, ?, ?, ?, ?)",
        caseId, step, actor, detail, now());
  }

  public boolean hasStep(String caseId, String step) {
    Integer steps = jdbc.queryForObject("SELECT COUNT(*) FROM case_step WHERE case_id = ? AND step = ?", Integer.class,
        caseId, step);
    return steps != null && steps > 0;
  }

  public void status(String caseId, String status, String actor) {
    int updated = jdbc.update("UPDATE case_file SET status = ?, updated_at = ? WHERE id = ?", status, now(), caseId);
    if (updated != 1) {
      throw new IllegalStateException("no case " + caseId);
    }
    step(caseId, "STATUS_" + status, actor, null);
    searchOutbox.enqueueCase(caseId);
  }

  /** The case changed in a way the search index shows (names, ticket): noted in the search outbox, in this transaction. */
  public void changed(String caseId) {
    searchOutbox.enqueueCase(caseId);
  }

  /**
   * Records the notice to the resident of this kind once: a repeated step finds it held and records
   * nothing. Answers whether it was recorded now.
   */
  public boolean noticeOnce(String caseId, String kind, String text) {
    Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM resident_notice WHERE case_id = ? AND kind = ?",
        Integer.class, caseId, kind);
    if (held != null && held > 0) {
      return false;
    }
    jdbc.update("INSERT INTO resident_notice (case_id, kind, text, recorded_at) VALUES (?, ?, ?, ?)", caseId, kind,
        text, now());
    return true;
  }

  public Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
