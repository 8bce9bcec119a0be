package jp.vaccinationoffice.workers.movein;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/**
 * Issues the new vaccination ticket: the number is issued once per case, registered in VRS under
 * this city's partition, then the records join the city's ledger and the notice is recorded. Each
 * step can be repeated safely, so a retried task has one effect.
 */
@Component
@ExternalTaskTopic("ticket-issue")
public class IssueTicketWorker implements CaseWorker {

  private final MoveInCaseStore cases;
  private final VrsGateway vrs;

  public IssueTicketWorker(MoveInCaseStore cases, VrsGateway vrs) {
    this.cases = cases;
    this.vrs = vrs;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    String ticketNumber = cases.issueTicket(task.caseId());
    MoveInSubject subject = cases.subject(task.caseId());
    vrs.registerTicket(CallScope.of(task.caseId(), task.activityId(), task.activityInstanceId()),
        subject.municipality(), subject.myNumber(), ticketNumber);
    cases.completeTicketIssue(task.caseId());
    return Map.of();
  }
}
