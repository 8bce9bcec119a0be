package jp.vaccinationoffice.caseserver.certificates;

import java.util.Set;
import jp.vaccinationoffice.caseserver.cases.CaseDecisions;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.modeleffects.CaseRecords;
import jp.vaccinationoffice.caseserver.modeleffects.DecisionTaken;
import jp.vaccinationoffice.caseserver.modeleffects.TaskCompletion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A certificate request's case keeps what its process declares. The jurisdiction decision's answer
 * (where to apply for the doses given elsewhere) is kept with the request; a mailed certificate
 * takes the status MAILED with its request.
 */
@Component
class CertificateCaseRecords implements CaseRecords {

  static final String JURISDICTION_DECISION = "certificate-jurisdiction";

  private final CaseJournal journal;
  private final CaseDecisions decisions;
  private final JdbcTemplate jdbc;

  CertificateCaseRecords(CaseJournal journal, CaseDecisions decisions, JdbcTemplate jdbc) {
    this.journal = journal;
    this.decisions = decisions;
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> processes() {
    return Set.of(CertificateIntake.PROCESS);
  }

  @Override
  public void status(String caseId, String status) {
    CertificateStatus value = CertificateStatus.valueOf(status);
    journal.status(caseId, value.name(), CaseJournal.SYSTEM);
    if (value == CertificateStatus.MAILED) {
      jdbc.update("UPDATE certificate SET status = ? WHERE case_id = ? AND status = ?", value.name(), caseId,
          CertificateStatus.ISSUED.name());
    }
  }

  @Override
  public void step(String caseId, String step) {
    journal.step(caseId, step, CaseJournal.SYSTEM, null);
  }

  @Override
  public void decision(String caseId, DecisionTaken decision) {
    decisions.record(caseId, decision);
    if (JURISDICTION_DECISION.equals(decision.decisionId())) {
      jdbc.update("UPDATE certificate_request SET apply_to_municipality_code = ? WHERE case_id = ?",
          decision.result().get("applyTo"), caseId);
    }
  }

  @Override
  public void taskCompleted(String caseId, TaskCompletion completion) {
    journal.step(caseId, completion.step(), completion.actor(), completion.detail());
  }
}
