package jp.vaccinationoffice.workers.provision;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.intermediate.IntermediateGateway;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionRecord;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionRecordReceipt;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Keeps the record of the provision (情報提供等の記録) and sends it to the intermediate server. */
@Component
@ExternalTaskTopic(value = "provision-record", variables = "outcome")
public class ProvisionRecordWorker implements CaseWorker {

  private final ProvisionCaseStore inquiries;
  private final IntermediateGateway intermediate;

  public ProvisionRecordWorker(ProvisionCaseStore inquiries, IntermediateGateway intermediate) {
    this.inquiries = inquiries;
    this.intermediate = intermediate;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    ProvisionOutcome outcome = ProvisionOutcome.valueOf(task.variable("outcome"));
    ProvisionRecord record = inquiries.recordProvision(task.caseId(), outcome);
    ProvisionRecordReceipt receipt = intermediate.recordProvision(
        CallScope.of(task.caseId(), task.activityId(), task.activityInstanceId()), record);
    inquiries.sentToIntermediateServer(task.caseId(), receipt.recordId());
    return Map.of();
  }
}
