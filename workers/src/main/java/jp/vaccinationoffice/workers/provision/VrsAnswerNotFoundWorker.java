package jp.vaccinationoffice.workers.provision;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryAnswer;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Answers NOT_FOUND through VRS: the ledger holds nobody with that number, and no data leaves. */
@Component
@ExternalTaskTopic("vrs-answer-not-found")
public class VrsAnswerNotFoundWorker implements CaseWorker {

  private final InquiryAnswers answers;

  public VrsAnswerNotFoundWorker(InquiryAnswers answers) {
    this.answers = answers;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    return answers.answer(task, InquiryAnswer.notFound(), ProvisionOutcome.NOT_FOUND);
  }
}
