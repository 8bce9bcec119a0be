package jp.vaccinationoffice.caseserver.movein;

import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.common.InvalidIdentifierException;
import jp.vaccinationoffice.common.Municipalities;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Completes {@code resolve-not-found}: either closes the case, or takes the corrected previous
 * municipality code for the next query. A bad code refuses the completion and changes nothing.
 */
@Component("notFoundResolution")
public class NotFoundResolution {

  static final String RETRY_WITH_CODE = "RETRY_WITH_CODE";
  static final String CLOSE = "CLOSE";

  private final JdbcTemplate jdbc;
  private final CaseJournal journal;

  public NotFoundResolution(JdbcTemplate jdbc, CaseJournal journal) {
    this.jdbc = jdbc;
    this.journal = journal;
  }

  public void apply(DelegateTask task) {
    String caseId = task.getExecution().getProcessBusinessKey();
    Object action = task.getVariable("action");
    if (CLOSE.equals(action)) {
      journal.step(caseId, "CLOSED_WITHOUT_RECORDS", IdentityDocuments.actor(task), null);
      return;
    }
    if (!RETRY_WITH_CODE.equals(action)) {
      throw new BadUserRequestException("action must be RETRY_WITH_CODE or CLOSE");
    }
    Object corrected = task.getVariable("correctedMunicipalityCode");
    String code = corrected == null ? null : corrected.toString();
    try {
      Municipalities.requireKnown(code);
    } catch (InvalidIdentifierException e) {
      throw new BadUserRequestException("correctedMunicipalityCode: " + e.getMessage());
    }
    String own = (String) task.getVariable("municipalityCode");
    if (code.equals(own)) {
      throw new BadUserRequestException("correctedMunicipalityCode is this municipality's own code");
    }
    jdbc.update("UPDATE case_file SET previous_municipality_code = ?, updated_at = ? WHERE id = ?",
        code, journal.now(), caseId);
    journal.step(caseId, "PREVIOUS_MUNICIPALITY_CORRECTED", IdentityDocuments.actor(task), code);
  }
}
