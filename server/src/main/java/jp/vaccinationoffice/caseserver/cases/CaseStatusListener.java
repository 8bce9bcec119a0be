package jp.vaccinationoffice.caseserver.cases;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Used by the process models ({@code ${caseStatus.set(execution, 'TICKET_ISSUED')}}) to keep the case status in step. */
@Component("caseStatus")
public class CaseStatusListener {

  private final CaseJournal journal;

  public CaseStatusListener(CaseJournal journal) {
    this.journal = journal;
  }

  public void set(DelegateExecution execution, String status) {
    journal.status(execution.getProcessBusinessKey(), status, CaseJournal.SYSTEM);
  }
}
