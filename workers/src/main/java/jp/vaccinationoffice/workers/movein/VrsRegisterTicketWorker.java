package jp.vaccinationoffice.workers.movein;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Registers the case's ticket in VRS under this city's partition, under this step's idempotency key. */
@Component
@ExternalTaskTopic("vrs-register-ticket")
public class VrsRegisterTicketWorker implements CaseWorker {

  private final MoveInCaseStore cases;
  private final VrsGateway vrs;

  public VrsRegisterTicketWorker(MoveInCaseStore cases, VrsGateway vrs) {
    this.cases = cases;
    this.vrs = vrs;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    String ticketNumber = cases.issueTicket(task.caseId());
    MoveInSubject subject = cases.subject(task.caseId());
    vrs.registerTicket(CallScope.of(task.caseId(), task.activityId(), task.activityInstanceId()),
        subject.municipality(), subject.myNumber(), ticketNumber);
    return Map.of();
  }
}
