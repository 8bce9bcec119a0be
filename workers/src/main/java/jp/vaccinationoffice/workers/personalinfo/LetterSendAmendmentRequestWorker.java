package jp.vaccinationoffice.workers.personalinfo;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Issues the 補正依頼書 and stops the clock; the process waits for the amendment until {@code amendmentDueAt}. */
@Component
@ExternalTaskTopic("letter-send-amendment-request")
public class LetterSendAmendmentRequestWorker implements CaseWorker {

  private final PersonalInformationRequestSteps requests;

  public LetterSendAmendmentRequestWorker(PersonalInformationRequestSteps requests) {
    this.requests = requests;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    return Map.of("amendmentDueAt", requests.sendAmendmentRequest(task.caseId(), EffectKeys.of(task)));
  }
}
