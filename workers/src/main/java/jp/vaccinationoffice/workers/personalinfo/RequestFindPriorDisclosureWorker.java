package jp.vaccinationoffice.workers.personalinfo;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Finds the disclosure a correction or suspension request rests on (開示請求前置). */
@Component
@ExternalTaskTopic("request-find-prior-disclosure")
public class RequestFindPriorDisclosureWorker implements CaseWorker {

  private final PersonalInformationRequestSteps requests;

  public RequestFindPriorDisclosureWorker(PersonalInformationRequestSteps requests) {
    this.requests = requests;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    PersonalInformationRequestSteps.PriorDisclosure prior = requests.priorDisclosure(task.caseId());
    return Map.of("disclosedBefore", prior.disclosedBefore(), "daysSinceDisclosure", prior.daysSinceDisclosure());
  }
}
