package jp.vaccinationoffice.workers.personalinfo;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Collects the information the office holds about the request's subject, each item with its source. */
@Component
@ExternalTaskTopic("request-gather-information")
public class RequestGatherInformationWorker implements CaseWorker {

  private final PersonalInformationRequestSteps requests;

  public RequestGatherInformationWorker(PersonalInformationRequestSteps requests) {
    this.requests = requests;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    return Map.of("informationFound", requests.gatherInformation(task.caseId()) > 0);
  }
}
