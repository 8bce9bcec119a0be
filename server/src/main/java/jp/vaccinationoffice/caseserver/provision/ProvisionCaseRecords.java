package jp.vaccinationoffice.caseserver.provision;

import java.util.Set;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.modeleffects.Actors;
import jp.vaccinationoffice.caseserver.modeleffects.CaseRecords;
import jp.vaccinationoffice.caseserver.modeleffects.DecisionTaken;
import jp.vaccinationoffice.caseserver.modeleffects.TaskCompletion;
import org.operaton.bpm.engine.BadUserRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An inquiry keeps what records provision declares: its status, the permission decision (id, the
 * version evaluated, legal basis) for the provision record, and the supervisor's approval.
 */
@Component
class ProvisionCaseRecords implements CaseRecords {

  private final JdbcTemplate jdbc;
  private final CaseJournal journal;
  private final InquiryIndexing indexing;

  ProvisionCaseRecords(JdbcTemplate jdbc, CaseJournal journal, InquiryIndexing indexing) {
    this.indexing = indexing;
    this.jdbc = jdbc;
    this.journal = journal;
  }

  @Override
  public Set<String> processes() {
    return Set.of("records-provision");
  }

  @Override
  public void status(String inquiryId, String status) {
    jdbc.update("UPDATE provision_inquiry SET status = ? WHERE id = ?", status, inquiryId);
    indexing.changed(inquiryId);
  }

  @Override
  public void step(String inquiryId, String step) {
    throw new UnsupportedOperationException("an inquiry keeps no journal; model a status instead of " + step);
  }

  @Override
  public void decision(String inquiryId, DecisionTaken decision) {
    jdbc.update("UPDATE provision_inquiry SET decision_key = ?, decision_version = ?, legal_basis = ? WHERE id = ?",
        decision.decisionId(), decision.version(), decision.result().get("legalBasis"), inquiryId);
  }

  /** The only task of the process is the supervisor's approval; its form's {@code decision} is the answer. */
  @Override
  public void taskCompleted(String inquiryId, TaskCompletion completion) {
    if (Actors.SYSTEM.equals(completion.actor())) {
      throw new BadUserRequestException("the approver must be signed in");
    }
    jdbc.update("UPDATE provision_inquiry SET approval_decision = ?, approver = ?, approved_at = ? WHERE id = ?",
        completion.choice("decision"), completion.actor(), journal.now(), inquiryId);
  }
}
