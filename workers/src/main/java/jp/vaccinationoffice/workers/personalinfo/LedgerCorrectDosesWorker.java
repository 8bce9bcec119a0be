package jp.vaccinationoffice.workers.personalinfo;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.BpmnErrorCodes;
import jp.vaccinationoffice.workers.runtime.BusinessOutcome;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/**
 * Corrects the ledger doses a granted correction names; the old values are kept in the dose history.
 * A correction the ledger cannot make goes back to the clerk who drafts the decision.
 */
@Component
@ExternalTaskTopic("ledger-correct-doses")
@BpmnErrorCodes(LedgerCorrectDosesWorker.NOT_APPLICABLE)
public class LedgerCorrectDosesWorker implements CaseWorker {

  static final String NOT_APPLICABLE = "CORRECTION_NOT_APPLICABLE";

  private final PersonalInformationRequestSteps requests;

  public LedgerCorrectDosesWorker(PersonalInformationRequestSteps requests) {
    this.requests = requests;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    PersonalInformationRequestSteps.CorrectionOutcome outcome = requests.correctLedger(task.caseId(),
        EffectKeys.of(task));
    if (!outcome.applied()) {
      throw new BusinessOutcome(NOT_APPLICABLE, outcome.reason());
    }
    return Map.of();
  }
}
