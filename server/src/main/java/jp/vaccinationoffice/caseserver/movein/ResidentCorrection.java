package jp.vaccinationoffice.caseserver.movein;

import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.operaton.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clerk corrects the resident's details a registry mismatch showed wrong, while the case waits in
 * {@code correct-resident-details}; the details stay in the case file, never in the process.
 */
@Service
class ResidentCorrection {

  static final String TASK = "correct-resident-details";

  private final MoveInRequestValidation validation;
  private final JdbcTemplate jdbc;
  private final CaseJournal journal;
  private final TaskService taskService;
  private final AccessLog accessLog;

  ResidentCorrection(MoveInRequestValidation validation, JdbcTemplate jdbc, CaseJournal journal,
      TaskService taskService, AccessLog accessLog) {
    this.validation = validation;
    this.jdbc = jdbc;
    this.journal = journal;
    this.taskService = taskService;
    this.accessLog = accessLog;
  }

  @Transactional
  public void correct(String caseId, MoveInRequest.Resident sent, StaffPrincipal clerk, String clientAddress) {
    if (taskService.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(TASK)
        .tenantIdIn(clerk.municipalityCode()).count() == 0) {
      throw ApiException.conflict("the case " + caseId + " does not wait for corrected resident details");
    }
    MoveInRequest.Resident resident = validation.validateResident(sent);
    int updated = jdbc.update("""
        UPDATE case_file SET family_name = ?, given_name = ?, family_name_kana = ?, given_name_kana = ?,
            birth_date = ?, sex = ?, address = ?, updated_at = ?
        WHERE id = ? AND municipality_code = ?""",
        resident.familyName(), resident.givenName(), resident.familyNameKana(), resident.givenNameKana(),
        resident.birthDate(), resident.sex(), resident.address(), journal.now(), caseId, clerk.municipalityCode());
    if (updated != 1) {
      throw ApiException.notFound("case");
    }
    journal.step(caseId, "RESIDENT_DETAILS_CORRECTED", clerk.userId(), null);
    journal.changed(caseId);
    accessLog.record(new AccessEntry(clerk.userId(), clerk.municipalityCode(), AccessAction.UPDATE, "CASE", caseId,
        "task:" + TASK, clientAddress));
  }
}
