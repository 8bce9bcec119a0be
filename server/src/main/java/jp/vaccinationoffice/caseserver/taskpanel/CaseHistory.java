package jp.vaccinationoffice.caseserver.taskpanel;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The 経過 section of a case's panel: each step of the case journal with when and by whom. */
@Component
class CaseHistory {

  static final List<String> COLUMNS = List.of("日時", "内容", "担当");

  private final JdbcTemplate jdbc;

  CaseHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void fill(String caseId, TaskPanel.Builder panel) {
    List<List<String>> steps = jdbc.query("SELECT step, at, actor FROM case_step WHERE case_id = ? ORDER BY id",
        (rs, i) -> List.of(JapaneseDates.moment(rs.getTimestamp("at").toInstant()), CaseWords.step(rs.getString("step")),
            actor(rs.getString("actor"))), caseId);
    panel.section("経過").table(COLUMNS, steps);
  }

  static String actor(String actor) {
    return "system".equals(actor) ? "システム" : actor;
  }
}
