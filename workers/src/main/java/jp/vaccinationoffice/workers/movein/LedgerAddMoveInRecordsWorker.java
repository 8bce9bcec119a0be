package jp.vaccinationoffice.workers.movein;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Adds the records received from the previous municipality to the city's ledger, once per case. */
@Component
@ExternalTaskTopic("ledger-add-move-in-records")
public class LedgerAddMoveInRecordsWorker implements CaseWorker {

  private final MoveInCaseStore cases;

  public LedgerAddMoveInRecordsWorker(MoveInCaseStore cases) {
    this.cases = cases;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    cases.addRecordsToLedger(task.caseId());
    return Map.of();
  }
}
