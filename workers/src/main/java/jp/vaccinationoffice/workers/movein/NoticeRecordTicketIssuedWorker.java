package jp.vaccinationoffice.workers.movein;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Records the notice to the resident that the ticket is issued and the records are in the ledger, once per case. */
@Component
@ExternalTaskTopic("notice-record-ticket-issued")
public class NoticeRecordTicketIssuedWorker implements CaseWorker {

  private final MoveInCaseStore cases;

  public NoticeRecordTicketIssuedWorker(MoveInCaseStore cases) {
    this.cases = cases;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    cases.recordTicketNotice(task.caseId());
    return Map.of();
  }
}
