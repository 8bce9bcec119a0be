package jp.vaccinationoffice.caseserver.provision;

import java.util.Set;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records the supervisor's decision on {@code approve-provision} and who took it. */
@Component("provisionApprovals")
public class ProvisionApprovals {

  static final Set<String> DECISIONS = Set.of("APPROVE", "REJECT");

  private final JdbcTemplate jdbc;
  private final CaseJournal journal;

  public ProvisionApprovals(JdbcTemplate jdbc, CaseJournal journal) {
    this.jdbc = jdbc;
    this.journal = journal;
  }

  public void record(DelegateTask task) {
    Object decision = task.getVariable("decision");
    if (!DECISIONS.contains(decision)) {
      throw new BadUserRequestException("decision must be APPROVE or REJECT");
    }
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String approver = authentication != null ? authentication.getUserId() : task.getAssignee();
    if (approver == null) {
      throw new BadUserRequestException("the approver must be signed in");
    }
    jdbc.update("UPDATE provision_inquiry SET approval_decision = ?, approver = ?, approved_at = ? WHERE id = ?",
        decision, approver, journal.now(), task.getExecution().getProcessBusinessKey());
  }
}
