package jp.vaccinationoffice.caseserver.personalinfo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.cases.SupportMeasures;
import jp.vaccinationoffice.caseserver.input.FreeText;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Requester;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Subject;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.MyNumber;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes requests for the staff of their municipality: the view, the list, the 補正 that
 * came back and the extension. Every read or change writes an access-log row; another municipality's
 * request is not found.
 */
@Service
public class PersonalInformationRequests {

  static final String AMENDMENT_MESSAGE = "personal-information-amendment-received";
  private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

  private final RequestStore store;
  private final RequestDocuments documents;
  private final StatutoryClock clock;
  private final RequestClockControl clockControl;
  private final RuntimeService runtimeService;
  private final AccessLog accessLog;
  private final ObjectMapper json;
  private final RequestLetters letters;
  private final SupportMeasures supportMeasures;

  PersonalInformationRequests(RequestStore store, RequestDocuments documents, StatutoryClock clock,
      RequestClockControl clockControl, RuntimeService runtimeService, AccessLog accessLog, ObjectMapper json,
      RequestLetters letters, SupportMeasures supportMeasures) {
    this.letters = letters;
    this.supportMeasures = supportMeasures;
    this.store = store;
    this.documents = documents;
    this.clock = clock;
    this.clockControl = clockControl;
    this.runtimeService = runtimeService;
    this.accessLog = accessLog;
    this.json = json;
  }

  @Transactional
  public RequestView view(String requestId, StaffPrincipal staff, String justification, String clientAddress) {
    RequestStore.Row row = find(requestId, staff);
    log(staff, AccessAction.READ, requestId, justification, clientAddress);
    return view(row);
  }

  /**
   * The request as the case panel of one of its tasks shows it, with the information gathered and
   * whether a support measure protects the person's address. The panel logs the read itself, with
   * the task as its justification.
   */
  @Transactional(readOnly = true)
  public RequestForTask forTask(String requestId, StaffPrincipal staff) {
    RequestStore.Row row = find(requestId, staff);
    return new RequestForTask(view(row), supportMeasures.protects(row.municipalityCode(), row.subjectIndex()));
  }

  private RequestView view(RequestStore.Row row) {
    String requestId = row.id();
    StatutoryClock.Computation computation = clock.compute(row);
    Requester requester = documents.requester(row);
    Subject subject = documents.subject(row);
    return new RequestView(row.id(), row.type().name(), row.channel(), row.status(), row.processInstanceId(),
        row.receivedOn(),
        new RequestView.Requester(requester.relationship(), requester.familyName(), requester.givenName(),
            requester.familyNameKana(), requester.givenNameKana(), requester.birthDate(), requester.address(),
            requester.phone()),
        new RequestView.Subject(subject.myNumber() == null ? null : MyNumber.parse(subject.myNumber()).masked(),
            subject.familyName(), subject.givenName(), subject.birthDate(), subject.sex(), subject.address()),
        details(row),
        computation.deadline(),
        new RequestView.Deadline(computation.receivedOn(), computation.days(), computation.pausedDays(),
            computation.paused(), row.amendmentDue(), computation.extensionDays(), row.extensionReason(),
            row.extendedOn(), computation.special(), row.specialRestBy(), computation.closedDaysSkipped()),
        clock.overdue(row, computation.deadline()),
        new RequestView.Decision(row.decision(), row.grantedItems(), store.parts(requestId).stream()
            .map(p -> new RequestView.Part(p.part(), p.granted(), p.reason() == null ? null : p.reason().name()))
            .sorted(java.util.Comparator.comparing((RequestView.Part p) -> p.part().length())
                .thenComparing(RequestView.Part::part)).toList(),
            row.draftedBy(), row.decidedBy(), row.decidedOn()),
        store.decisions(requestId).stream()
            .map(d -> new RequestView.TableDecision(d[0], Integer.parseInt(d[1]), parse(d[2]))).toList(),
        store.items(requestId).size(),
        store.items(requestId).stream().map(i -> new RequestView.HeldItem(i.seq(), i.recordKind(),
            RequestLetters.itemLabel(i), i.source(), i.reference(), i.withheldGround())).toList(),
        store.letters(requestId).stream()
            .map(l -> new RequestView.Letter(l.id(), l.kind(), l.issuedOn(), l.answerBy())).toList(),
        store.steps(requestId).stream()
            .map(s -> new RequestView.Step(s.step(), s.actor(), s.detail(), s.at().toInstant())).toList());
  }

  /** The municipality's requests; {@code overdue} and {@code dueBefore} are judged by each deadline as computed now. */
  @Transactional
  public List<RequestSummary> list(StaffPrincipal staff, String status, String type, LocalDate dueBefore,
      Boolean overdue, String clientAddress) {
    if (status != null && !RequestStatuses.ALL.contains(status)) {
      throw ApiException.badRequest("status must be one of " + String.join(", ", new java.util.TreeSet<>(RequestStatuses.ALL)));
    }
    if (type != null && java.util.Arrays.stream(RequestType.values()).noneMatch(t -> t.name().equals(type))) {
      throw ApiException.badRequest("type must be one of DISCLOSURE, CORRECTION, SUSPENSION");
    }
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.SEARCH,
        "PERSONAL_INFORMATION_REQUEST", null, null, clientAddress));
    return store.list(staff.municipalityCode(), status, type).stream()
        .map(row -> {
          LocalDate deadline = clock.compute(row).deadline();
          return new RequestSummary(row.id(), row.type().name(), row.channel(), row.status(), row.receivedOn(),
              deadline, row.paused(), clock.overdue(row, deadline));
        })
        .filter(s -> dueBefore == null || s.deadline().isBefore(dueBefore))
        .filter(s -> overdue == null || s.overdue() == overdue)
        .toList();
  }

  /** The amendment came: the clock runs again without the days of 補正, and the clerk checks the request again. */
  @Transactional
  public RequestView amendmentReceived(String requestId, AmendmentReceived body, StaffPrincipal staff,
      String clientAddress) {
    RequestStore.Row row = find(requestId, staff);
    if (body == null || body.receivedOn() == null) {
      throw ApiException.badRequest("receivedOn is required");
    }
    if (body.receivedOn().isAfter(clock.today())) {
      throw ApiException.badRequest("receivedOn lies in the future");
    }
    if (!row.paused() || row.processInstanceId() == null || runtimeService.createExecutionQuery()
        .processInstanceId(row.processInstanceId()).messageEventSubscriptionName(AMENDMENT_MESSAGE).count() == 0) {
      throw ApiException.conflict("this request is not waiting for an amendment");
    }
    if (body.receivedOn().isBefore(row.pausedSince())) {
      throw ApiException.badRequest("receivedOn lies before the amendment request was sent (" + row.pausedSince() + ")");
    }
    log(staff, AccessAction.UPDATE, requestId, "request:" + requestId, clientAddress);
    clockControl.resumeIfPaused(requestId, body.receivedOn());
    store.step(requestId, "AMENDMENT_RECORDED", staff.userId(), "received on " + body.receivedOn());
    runtimeService.createMessageCorrelation(AMENDMENT_MESSAGE).processInstanceId(row.processInstanceId()).correlate();
    return view(requestId, staff, "request:" + requestId, clientAddress);
  }

  /** One extension, sent before the deadline, with its reason; the 延長通知書 is issued with it. */
  @Transactional
  public RequestView extend(String requestId, ExtensionRequest body, StaffPrincipal staff, String clientAddress) {
    RequestStore.Row row = find(requestId, staff);
    if (body == null) {
      throw ApiException.badRequest("the request body is missing");
    }
    boolean special = Boolean.TRUE.equals(body.special());
    FreeText.Checked reason = FreeText.multiLine(body.reason(), 1000);
    if (reason.refused()) {
      throw ApiException.badRequest("reason " + reason.problem());
    }
    if (!special && (body.days() == null || body.days() < 1 || body.days() > StatutoryClock.MAX_EXTENSION_DAYS)) {
      throw ApiException.badRequest("days must be 1 to " + StatutoryClock.MAX_EXTENSION_DAYS);
    }
    if (special && (body.days() != null || body.restBy() == null)) {
      throw ApiException.badRequest("restBy is required with special (and days is not given): the rest is decided by"
          + " the date the notice names");
    }
    if (!special && body.restBy() != null) {
      throw ApiException.badRequest("restBy is given only with special: true");
    }
    if (RequestStatuses.CLOSED.contains(row.status())) {
      throw ApiException.conflict("this request is decided; there is nothing to extend");
    }
    if (row.extendedOn() != null) {
      throw ApiException.conflict("this request was extended on " + row.extendedOn() + "; it can be extended once");
    }
    LocalDate deadline = clock.compute(row).deadline();
    if (clock.today().isAfter(deadline)) {
      throw ApiException.conflict("the deadline " + deadline + " has passed: an extension is notified before it");
    }
    if (special && !body.restBy().isAfter(clock.deadline(row.municipalityCode(), row.receivedOn(),
        StatutoryClock.SPECIAL_PART_DAYS, row.pausedDays()))) {
      throw ApiException.badRequest("restBy must lie after the 60 days within which a part is decided");
    }
    int days = special ? 0 : body.days();
    store.extended(requestId, days, reason.value(), clock.today(), special ? body.restBy() : null, deadline);
    RequestStore.Row extended = store.get(requestId);
    LocalDate newDeadline = clock.compute(extended).deadline();
    store.deadline(requestId, newDeadline);
    store.letter(requestId, (special ? LetterKind.SPECIAL_EXTENSION_NOTICE : LetterKind.EXTENSION_NOTICE).name(),
        clock.today(), null, "extension:" + requestId, staff.userId());
    store.step(requestId, special ? "SPECIAL_EXTENSION" : "EXTENDED", staff.userId(),
        special ? "rest by " + body.restBy() : days + " days");
    clockControl.extended(store.get(requestId), newDeadline);
    log(staff, AccessAction.UPDATE, requestId, "request:" + requestId, clientAddress);
    return view(requestId, staff, "request:" + requestId, clientAddress);
  }

  /** A letter of the request as the PDF that was sent. */
  @Transactional
  public byte[] letter(String requestId, String letterId, StaffPrincipal staff, String clientAddress) {
    RequestStore.Row row = find(requestId, staff);
    RequestStore.Letter letter = store.letter(requestId, letterId)
        .orElseThrow(() -> ApiException.notFound("letter"));
    log(staff, AccessAction.READ, requestId, "letter:" + letterId, clientAddress);
    return letters.render(row, letter);
  }

  RequestStore.Row find(String requestId, StaffPrincipal staff) {
    return store.find(staff.municipalityCode(), requestId)
        .orElseThrow(() -> ApiException.notFound("personal-information request"));
  }

  private Object details(RequestStore.Row row) {
    return switch (row.type()) {
      case DISCLOSURE -> documents.disclosure(row);
      case CORRECTION -> documents.correction(row);
      case SUSPENSION -> documents.suspension(row);
    };
  }

  private void log(StaffPrincipal staff, AccessAction action, String requestId, String justification,
      String clientAddress) {
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), action, "PERSONAL_INFORMATION_REQUEST",
        requestId, justification, clientAddress));
  }

  private Map<String, Object> parse(String result) {
    try {
      return json.readValue(result, JSON_OBJECT);
    } catch (Exception e) {
      throw new IllegalStateException("unreadable decision result", e);
    }
  }
}
