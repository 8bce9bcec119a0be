package jp.vaccinationoffice.caseserver.movein;

import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.consent.Consents;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.MyNumber;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a move-in query at the counter: the case, its consent and the process start in one
 * transaction, so a refused or failed request leaves nothing behind.
 */
@Service
public class MoveInIntake {

  public static final String PROCESS = "move-in-record-query";
  public static final String CASE_TYPE = "MOVE_IN_RECORD_QUERY";

  private final MoveInRequestValidation validation;
  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final CaseJournal journal;
  private final Consents consents;
  private final RuntimeService runtimeService;
  private final AccessLog accessLog;

  MoveInIntake(MoveInRequestValidation validation, JdbcTemplate jdbc, PersonalDataCipher cipher, CaseJournal journal,
      Consents consents, RuntimeService runtimeService, AccessLog accessLog) {
    this.validation = validation;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.journal = journal;
    this.consents = consents;
    this.runtimeService = runtimeService;
    this.accessLog = accessLog;
  }

  @Transactional
  public MoveInReceipt receive(MoveInRequest request, StaffPrincipal clerk, String clientAddress) {
    String municipality = clerk.municipalityCode();
    MyNumber myNumber = validation.validate(request, municipality);
    String caseId = UUID.randomUUID().toString();
    MoveInRequest.Resident resident = request.resident();
    jdbc.update("""
        INSERT INTO case_file (id, case_type, municipality_code, status, previous_municipality_code,
            family_name, given_name, family_name_kana, given_name_kana, birth_date, sex, address,
            my_number_sealed, my_number_index, created_by, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        caseId, CASE_TYPE, municipality, MoveInStatus.RECEIVED.name(), request.previousMunicipalityCode(),
        resident.familyName(), resident.givenName(), resident.familyNameKana(), resident.givenNameKana(),
        resident.birthDate(), resident.sex(), resident.address(),
        cipher.seal(municipality, myNumber.digits()), cipher.index(municipality, myNumber.digits()),
        clerk.userId(), journal.now(), journal.now());
    journal.step(caseId, "RECEIVED", clerk.userId(), "move-in query at the counter");
    boolean formReceived = request.consent().formReceived();
    String consentId = consents.record(caseId, municipality, "COUNTER", request.consent().signedOn(), formReceived,
        clerk.userId());
    accessLog.record(new AccessEntry(clerk.userId(), municipality, AccessAction.CREATE, "CASE", caseId,
        "case:" + caseId, clientAddress));

    ProcessInstance process = runtimeService.createProcessInstanceByKey(PROCESS)
        .businessKey(caseId)
        .setVariables(Map.of(
            "municipalityCode", municipality,
            "caseId", caseId,
            "consentId", consentId,
            "formReceived", formReceived))
        .execute();
    jdbc.update("UPDATE case_file SET process_instance_id = ? WHERE id = ?", process.getId(), caseId);
    String status = jdbc.queryForObject("SELECT status FROM case_file WHERE id = ?", String.class, caseId);
    return new MoveInReceipt(caseId, process.getId(), consentId, status);
  }
}
