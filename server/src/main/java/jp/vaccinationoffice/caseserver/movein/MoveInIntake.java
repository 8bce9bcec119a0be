package jp.vaccinationoffice.caseserver.movein;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.consent.Consents;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests.Outcome;
import jp.vaccinationoffice.caseserver.idempotency.Operation;
import jp.vaccinationoffice.caseserver.idempotency.UniqueClaims;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.caseserver.suspensions.Measure;
import jp.vaccinationoffice.caseserver.suspensions.ProcessingRestrictions;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a move-in query at the counter: the case, its consent and the process start in one
 * transaction, so a refused or failed request leaves nothing behind. A resident has at most one open
 * move-in case per municipality: the case row claims the resident's slot under a unique index, so
 * that of two simultaneous intakes the database lets one through and the other learns which case is
 * open.
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
  private final IdempotentRequests idempotentRequests;
  private final UniqueClaims claims;
  private final ProcessingRestrictions restrictions;

  MoveInIntake(MoveInRequestValidation validation, JdbcTemplate jdbc, PersonalDataCipher cipher, CaseJournal journal,
      Consents consents, RuntimeService runtimeService, AccessLog accessLog, IdempotentRequests idempotentRequests,
      UniqueClaims claims, ProcessingRestrictions restrictions) {
    this.validation = validation;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.journal = journal;
    this.consents = consents;
    this.runtimeService = runtimeService;
    this.accessLog = accessLog;
    this.idempotentRequests = idempotentRequests;
    this.claims = claims;
    this.restrictions = restrictions;
  }

  /** Receives the request once; with an idempotency key, a repeated request gets the first answer. */
  @Transactional
  public Outcome<MoveInReceipt> receive(MoveInRequest request, String idempotencyKey, StaffPrincipal clerk,
      String clientAddress) {
    IdempotentRequests.checkKey(idempotencyKey);
    MoveInRequestValidation.Validated valid = validation.validate(request, clerk.municipalityCode());
    if (idempotencyKey == null) {
      return new Outcome<>(open(valid, clerk, clientAddress), false);
    }
    return idempotentRequests.once(Operation.MOVE_IN_QUERY, clerk.municipalityCode(), idempotencyKey, valid.request(),
        clerk.userId(), MoveInReceipt.class, () -> open(valid, clerk, clientAddress));
  }

  private MoveInReceipt open(MoveInRequestValidation.Validated valid, StaffPrincipal clerk, String clientAddress) {
    String municipality = clerk.municipalityCode();
    MoveInRequest request = valid.request();
    String digits = valid.myNumber().digits();
    String caseId = UUID.randomUUID().toString();
    String subjectIndex = cipher.index(municipality, digits);
    if (restrictions.isRestricted(municipality, subjectIndex, Measure.STOP_USE)) {
      throw useStopped();
    }
    insertCase(caseId, municipality, request, cipher.seal(municipality, digits), subjectIndex, clerk);
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

  private void insertCase(String caseId, String municipality, MoveInRequest request, String sealed, String subjectIndex,
      StaffPrincipal clerk) {
    MoveInRequest.Resident resident = request.resident();
    boolean claimed = claims.claim(() -> jdbc.update("""
        INSERT INTO case_file (id, case_type, municipality_code, status, previous_municipality_code,
            family_name, given_name, family_name_kana, given_name_kana, birth_date, sex, address,
            my_number_sealed, my_number_index, open_subject_index, created_by, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        caseId, CASE_TYPE, municipality, MoveInStatus.RECEIVED.name(), request.previousMunicipalityCode(),
        resident.familyName(), resident.givenName(), resident.familyNameKana(), resident.givenNameKana(),
        resident.birthDate(), resident.sex(), resident.address(), sealed, subjectIndex, subjectIndex,
        clerk.userId(), journal.now(), journal.now()));
    if (!claimed) {
      throw openCaseExists(municipality, subjectIndex);
    }
    journal.changed(caseId);
  }

  /** A granted suspension request stopped the use of the resident's information here (利用停止). */
  private static ApiException useStopped() {
    return ApiException.conflict("the use of this resident's information is stopped (利用停止) by a granted suspension"
        + " request: no move-in query can be made for them in this municipality").with("restriction", Measure.STOP_USE.name());
  }

  private ApiException openCaseExists(String municipality, String subjectIndex) {
    List<String> open = jdbc.queryForList(
        "SELECT id FROM case_file WHERE case_type = ? AND municipality_code = ? AND open_subject_index = ?",
        String.class, CASE_TYPE, municipality, subjectIndex);
    ApiException conflict = ApiException.conflict("this resident already has an open move-in case: open case "
        + (open.isEmpty() ? "(just closed: send the request again)" : open.get(0)) + " instead of starting another");
    return open.isEmpty() ? conflict : conflict.with("caseId", open.get(0));
  }
}
