package jp.vaccinationoffice.caseserver.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import jp.vaccinationoffice.caseserver.modeleffects.DecisionTaken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps every decision taken for a case with the case: decision id, the version evaluated and the
 * result. The legal basis the permission decision gives becomes the case's legal basis.
 */
@Component
public class CaseDecisions {

  public static final String PERMISSION_DECISION = "provision-permitted";

  private final JdbcTemplate jdbc;
  private final CaseJournal journal;
  private final ObjectMapper json = new ObjectMapper();

  public CaseDecisions(JdbcTemplate jdbc, CaseJournal journal) {
    this.jdbc = jdbc;
    this.journal = journal;
  }

  public void record(String caseId, DecisionTaken decision) {
    jdbc.update("INSERT INTO case_decision (case_id, decision_key, decision_version, result, at) VALUES (?, ?, ?, ?, ?)",
        caseId, decision.decisionId(), decision.version(), toJson(decision.result()), journal.now());
    if (PERMISSION_DECISION.equals(decision.decisionId()) && Boolean.TRUE.equals(decision.result().get("permitted"))) {
      jdbc.update("UPDATE case_file SET legal_basis = ? WHERE id = ?", decision.result().get("legalBasis"), caseId);
    }
    journal.step(caseId, "DECIDED_" + decision.decisionId(), CaseJournal.SYSTEM, null);
  }

  private String toJson(Map<String, Object> result) {
    try {
      return json.writeValueAsString(new TreeMap<>(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
