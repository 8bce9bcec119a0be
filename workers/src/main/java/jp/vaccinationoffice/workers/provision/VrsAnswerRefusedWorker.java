package jp.vaccinationoffice.workers.provision;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryAnswer;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Answers REFUSED through VRS: the law does not permit it or a supervisor rejected the provision. */
@Component
@ExternalTaskTopic("vrs-answer-refused")
public class VrsAnswerRefusedWorker implements CaseWorker {

  private final InquiryAnswers answers;

  public VrsAnswerRefusedWorker(InquiryAnswers answers) {
    this.answers = answers;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    return answers.answer(task, InquiryAnswer.refused(), ProvisionOutcome.REFUSED);
  }
}
