package jp.vaccinationoffice.workers.personalinfo;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Sends a correction to VRS and notifies the municipalities the records were provided to (法第97条). */
@Component
@ExternalTaskTopic("vrs-notify-correction")
public class VrsNotifyCorrectionWorker implements CaseWorker {

  private final PersonalInformationRequestSteps requests;

  public VrsNotifyCorrectionWorker(PersonalInformationRequestSteps requests) {
    this.requests = requests;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    requests.notifyCorrection(task.caseId(), EffectKeys.of(task));
    return Map.of();
  }
}
