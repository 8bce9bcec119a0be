package jp.vaccinationoffice.workers.personalinfo;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Applies the measures a suspension decision grants, each of stop use, erase or stop provision granted. */
@Component
@ExternalTaskTopic("restriction-apply")
public class RestrictionApplyWorker implements CaseWorker {

  private final PersonalInformationRequestSteps requests;

  public RestrictionApplyWorker(PersonalInformationRequestSteps requests) {
    this.requests = requests;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    requests.applyRestriction(task.caseId(), EffectKeys.of(task));
    return Map.of();
  }
}
