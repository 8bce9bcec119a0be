package jp.vaccinationoffice.workers.personalinfo;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Issues the letter of the approved decision (開示・訂正・利用停止決定通知書) with its 教示. */
@Component
@ExternalTaskTopic("letter-send-decision")
public class LetterSendDecisionWorker implements CaseWorker {

  private final PersonalInformationRequestSteps requests;

  public LetterSendDecisionWorker(PersonalInformationRequestSteps requests) {
    this.requests = requests;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    requests.sendDecisionLetter(task.caseId(), EffectKeys.of(task));
    return Map.of();
  }
}
