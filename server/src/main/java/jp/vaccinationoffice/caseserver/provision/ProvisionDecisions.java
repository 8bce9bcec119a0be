package jp.vaccinationoffice.caseserver.provision;

import java.util.Map;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the permission decision (id, version, legal basis) with the inquiry for its provision record. */
@Component("provisionDecisions")
public class ProvisionDecisions {

  static final String DECISION = "provision-permitted";

  private final JdbcTemplate jdbc;
  private final RepositoryService repositoryService;

  public ProvisionDecisions(JdbcTemplate jdbc, RepositoryService repositoryService) {
    this.jdbc = jdbc;
    this.repositoryService = repositoryService;
  }

  public void record(DelegateExecution execution, Map<String, Object> permission) {
    int version = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .withoutTenantId().latestVersion().singleResult().getVersion();
    jdbc.update("UPDATE provision_inquiry SET decision_key = ?, decision_version = ?, legal_basis = ? WHERE id = ?",
        DECISION, version, permission.get("legalBasis"), execution.getProcessBusinessKey());
  }
}
