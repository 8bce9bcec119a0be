package jp.vaccinationoffice.caseserver.search;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who works a case now, for its search document: the assignee of the oldest open user task of its
 * process or of a process it called. Read from the engine's tables, so that it also works where the
 * engine does not run (the reindex command).
 */
@Component
public class OpenTaskAssignees {

  private final JdbcTemplate jdbc;

  OpenTaskAssignees(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The assignee by root process instance id; instances nobody works are absent. */
  public Map<String, String> of(Collection<String> processInstanceIds) {
    List<String> ids = processInstanceIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, String> assignees = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
      String marks = String.join(",", Collections.nCopies(part.size(), "?"));
      jdbc.query("SELECT e.ROOT_PROC_INST_ID_, t.ASSIGNEE_ FROM ACT_RU_TASK t"
              + " JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
              + " WHERE e.ROOT_PROC_INST_ID_ IN (" + marks + ") AND t.ASSIGNEE_ IS NOT NULL ORDER BY t.CREATE_TIME_",
          rs -> {
            assignees.putIfAbsent(rs.getString(1), rs.getString(2));
          }, part.toArray());
    }
    return assignees;
  }
}
