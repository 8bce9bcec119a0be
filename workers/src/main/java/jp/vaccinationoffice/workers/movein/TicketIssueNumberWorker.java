package jp.vaccinationoffice.workers.movein;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Issues the new vaccination ticket's number: once per case, the same number on every retry. */
@Component
@ExternalTaskTopic("ticket-issue-number")
public class TicketIssueNumberWorker implements CaseWorker {

  private final MoveInCaseStore cases;

  public TicketIssueNumberWorker(MoveInCaseStore cases) {
    this.cases = cases;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    cases.issueTicket(task.caseId());
    return Map.of();
  }
}
