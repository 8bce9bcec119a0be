package jp.vaccinationoffice.caseserver.personalinfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests.Outcome;
import jp.vaccinationoffice.caseserver.idempotency.Operation;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a disclosure, correction or suspension request: the request (its personal data sealed),
 * its deadline and the start of its process in one transaction, so a refused request leaves nothing
 * behind. Process variables hold the request id and codes only.
 */
@Service
public class RequestIntake {

  private final RequestValidation validation;
  private final SubjectLookup subjects;
  private final RequestStore store;
  private final StatutoryClock clock;
  private final PersonalDataCipher cipher;
  private final RuntimeService runtimeService;
  private final AccessLog accessLog;
  private final IdempotentRequests idempotentRequests;
  private final ObjectMapper json;
  private final MeasureAdmission measureAdmission;

  RequestIntake(RequestValidation validation, SubjectLookup subjects, RequestStore store, StatutoryClock clock,
      PersonalDataCipher cipher, RuntimeService runtimeService, AccessLog accessLog,
      IdempotentRequests idempotentRequests, ObjectMapper json, MeasureAdmission measureAdmission) {
    this.measureAdmission = measureAdmission;
    this.validation = validation;
    this.subjects = subjects;
    this.store = store;
    this.clock = clock;
    this.cipher = cipher;
    this.runtimeService = runtimeService;
    this.accessLog = accessLog;
    this.idempotentRequests = idempotentRequests;
    this.json = json;
  }

  /** Receives the request once; with an idempotency key, a repeated request gets the first answer. */
  @Transactional
  public Outcome<RequestReceipt> receive(PersonalInformationRequest request, String idempotencyKey,
      StaffPrincipal clerk, String clientAddress) {
    return receive(request, idempotencyKey, clerk.userId(), clerk.municipalityCode(), clientAddress);
  }

  /**
   * Receives a request filed by {@code actor} (a clerk, or a resident online) for the municipality;
   * with an idempotency key, a repeated request gets the first answer.
   */
  @Transactional
  public Outcome<RequestReceipt> receive(PersonalInformationRequest request, String idempotencyKey, String actor,
      String municipality, String clientAddress) {
    IdempotentRequests.checkKey(idempotencyKey);
    RequestValidation.Validated valid = validation.validate(request);
    String subjectIndex = subjectIndex(municipality, valid);
    if (idempotencyKey == null) {
      return new Outcome<>(open(valid, subjectIndex, actor, municipality, clientAddress), false);
    }
    return idempotentRequests.once(Operation.PERSONAL_INFORMATION_REQUEST, municipality, idempotencyKey,
        valid.request(), actor, RequestReceipt.class, () -> open(valid, subjectIndex, actor, municipality, clientAddress));
  }

  /** Checks the request as {@link #receive} would, and stores nothing: a 400 names every problem. */
  public void check(PersonalInformationRequest request, String municipality) {
    subjectIndex(municipality, validation.validate(request));
  }

  private String subjectIndex(String municipality, RequestValidation.Validated valid) {
    String subjectIndex = subjects.indexOf(municipality, valid).orElse(null);
    if (subjectIndex == null) {
      new FieldProblems().add("subject", "subject: this municipality holds no records of the person"
          + " (a resident of another municipality asks that municipality)",
          "この市区町村には、この方の記録がありません。他の市区町村の住民の方は、その市区町村に請求してください。")
          .throwIfAny();
    }
    return subjectIndex;
  }

  private RequestReceipt open(RequestValidation.Validated valid, String subjectIndex, String actor, String municipality,
      String clientAddress) {
    PersonalInformationRequest request = valid.request();
    String id = UUID.randomUUID().toString();
    LocalDate deadline = clock.deadline(municipality, request.receivedOn(), StatutoryClock.DECISION_DAYS, 0);
    RequestStore.Row row = new RequestStore.Row(id, municipality, valid.type(), request.channel(),
        request.requester().relationship(), RequestStatuses.RECEIVED, request.receivedOn(), subjectIndex,
        request.disclosure() == null ? null : request.disclosure().method(),
        request.suspension() == null ? null : String.join(",", request.suspension().requested()), null, deadline, 0, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
    store.insert(row, new RequestStore.Sealed(seal(municipality, request.requester()),
        seal(municipality, request.subject()), seal(municipality, details(request))), actor);
    store.step(id, "RECEIVED", actor, request.type() + " by " + request.channel());
    accessLog.record(new AccessEntry(actor, municipality, AccessAction.CREATE, "PERSONAL_INFORMATION_REQUEST",
        id, "request:" + id, clientAddress));

    Map<String, Object> variables = new HashMap<>();
    variables.put("municipalityCode", municipality);
    variables.put("requestId", id);
    variables.put("requestType", valid.type().name());
    variables.put("relationship", request.requester().relationship());
    variables.put("measure", request.suspension() == null ? "NONE"
        : measureAdmission.measureToJudge(request.suspension().requested(), request.suspension().ground()));
    variables.put("ground", request.suspension() == null ? "NONE" : request.suspension().ground());
    variables.put("deadlineWarningAt", clock.warningAt(municipality, deadline));
    ProcessInstance process = runtimeService.createProcessInstanceByKey(valid.type().process())
        .businessKey(id)
        .setVariables(variables)
        .execute();
    store.processStarted(id, process.getId());
    return new RequestReceipt(id, process.getId(), store.get(id).status(), deadline);
  }

  /** The section of the request's type: what it asks for. */
  private static Object details(PersonalInformationRequest request) {
    return request.disclosure() != null ? request.disclosure()
        : request.correction() != null ? request.correction() : request.suspension();
  }

  private String seal(String municipality, Object document) {
    try {
      return cipher.seal(municipality, json.writeValueAsString(document));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a request part does not write as JSON", e);
    }
  }
}
