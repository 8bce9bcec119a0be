package jp.vaccinationoffice.caseserver.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps every decision taken for a case with the case: decision id, version and result. The legal
 * basis the permission decision gives becomes the case's legal basis.
 */
@Component("caseDecisions")
public class CaseDecisions {

  public static final String PERMISSION_DECISION = "provision-permitted";

  private final JdbcTemplate jdbc;
  private final RepositoryService repositoryService;
  private final CaseJournal journal;
  private final ObjectMapper json = new ObjectMapper();

  public CaseDecisions(JdbcTemplate jdbc, RepositoryService repositoryService, CaseJournal journal) {
    this.jdbc = jdbc;
    this.repositoryService = repositoryService;
    this.journal = journal;
  }

  public void record(DelegateExecution execution, String decisionKey, Map<String, Object> result) {
    String caseId = execution.getProcessBusinessKey();
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).withoutTenantId().latestVersion().singleResult();
    jdbc.update("INSERT INTO case_decision (case_id, decision_key, decision_version, result, at) VALUES (?, ?, ?, ?, ?)",
        caseId, decisionKey, definition.getVersion(), toJson(result), journal.now());
    if (PERMISSION_DECISION.equals(decisionKey) && Boolean.TRUE.equals(result.get("permitted"))) {
      jdbc.update("UPDATE case_file SET legal_basis = ? WHERE id = ?", result.get("legalBasis"), caseId);
    }
    journal.step(caseId, "DECIDED_" + decisionKey, CaseJournal.SYSTEM, null);
  }

  private String toJson(Map<String, Object> result) {
    try {
      return json.writeValueAsString(new TreeMap<>(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
