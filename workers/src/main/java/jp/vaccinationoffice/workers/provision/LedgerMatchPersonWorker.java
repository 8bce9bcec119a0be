package jp.vaccinationoffice.workers.provision;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Matches the asked-about My Number against the city's ledger by its keyed-hash index. */
@Component
@ExternalTaskTopic("ledger-match-person")
public class LedgerMatchPersonWorker implements CaseWorker {

  private final ProvisionCaseStore inquiries;

  public LedgerMatchPersonWorker(ProvisionCaseStore inquiries) {
    this.inquiries = inquiries;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    return Map.of("personFound", inquiries.matchLedgerPerson(task.caseId()).isPresent());
  }
}
