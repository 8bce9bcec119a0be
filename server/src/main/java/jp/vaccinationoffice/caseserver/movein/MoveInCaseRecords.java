package jp.vaccinationoffice.caseserver.movein;

import java.util.Set;
import jp.vaccinationoffice.caseserver.cases.CaseDecisions;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.consent.Consents;
import jp.vaccinationoffice.caseserver.modeleffects.CaseRecords;
import jp.vaccinationoffice.caseserver.modeleffects.DecisionTaken;
import jp.vaccinationoffice.caseserver.modeleffects.TaskCompletion;
import org.springframework.stereotype.Component;

/** A move-in case's file keeps what its processes (the query and the consent capture) declare. */
@Component
class MoveInCaseRecords implements CaseRecords {

  private final CaseJournal journal;
  private final CaseDecisions decisions;
  private final Consents consents;

  MoveInCaseRecords(CaseJournal journal, CaseDecisions decisions, Consents consents) {
    this.journal = journal;
    this.decisions = decisions;
    this.consents = consents;
  }

  @Override
  public Set<String> processes() {
    return Set.of("move-in-record-query", "consent-capture");
  }

  @Override
  public void status(String caseId, String status) {
    journal.status(caseId, MoveInStatus.valueOf(status).name(), CaseJournal.SYSTEM);
  }

  @Override
  public void step(String caseId, String step) {
    journal.step(caseId, step, CaseJournal.SYSTEM, null);
  }

  @Override
  public void decision(String caseId, DecisionTaken decision) {
    decisions.record(caseId, decision);
  }

  @Override
  public void taskCompleted(String caseId, TaskCompletion completion) {
    journal.step(caseId, completion.step(), completion.actor(), completion.detail());
  }

  @Override
  public void consent(String caseId, String state) {
    switch (state) {
      case "CONFIRMED" -> consents.confirmed(caseId);
      case "NOT_GIVEN" -> consents.notGiven(caseId);
      default -> throw new IllegalArgumentException("no consent state " + state);
    }
  }
}
