package jp.vaccinationoffice.workers.provision;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryAnswer;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Provides the ledger's doses of the person through VRS. Doses only: no address ever leaves. */
@Component
@ExternalTaskTopic("vrs-provide-records")
public class VrsProvideRecordsWorker implements CaseWorker {

  private final ProvisionCaseStore inquiries;
  private final InquiryAnswers answers;

  public VrsProvideRecordsWorker(ProvisionCaseStore inquiries, InquiryAnswers answers) {
    this.inquiries = inquiries;
    this.answers = answers;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    return answers.answer(task, InquiryAnswer.answered(inquiries.recordsToProvide(task.caseId())), ProvisionOutcome.PROVIDED);
  }
}
