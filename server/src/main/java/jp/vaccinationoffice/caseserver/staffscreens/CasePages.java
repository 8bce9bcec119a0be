package jp.vaccinationoffice.caseserver.staffscreens;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accesslog.Justification;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.cases.CaseViews;
import jp.vaccinationoffice.caseserver.certificates.CertificateViews;
import jp.vaccinationoffice.caseserver.certificates.IssuedCertificates;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequests;
import jp.vaccinationoffice.caseserver.provision.ProvisionInquiryViews;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case pages' reads: which kind of case an id names in the reader's municipality (by the process
 * it runs), the reader's open tasks in it (what may justify the look), and the case itself through
 * the service of its kind, each read logged with its justification.
 */
@Service
class CasePages {

  /** Case ids, request ids and inquiry ids: longer or other characters name no case. */
  private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /** The kinds of case a page is shown for, by the process they run. */
  enum Kind {
    MOVE_IN("転入者の接種記録照会"),
    PERSONAL_INFORMATION("開示・訂正・利用停止請求"),
    CERTIFICATE("接種証明書の交付申請"),
    PROVISION("他の市区町村からの接種記録の照会");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }

    static Optional<Kind> ofProcess(String processKey) {
      return Optional.ofNullable(switch (processKey) {
        case "move-in-record-query" -> MOVE_IN;
        case "disclosure-request", "correction-request", "suspension-request" -> PERSONAL_INFORMATION;
        case "certificate-request" -> CERTIFICATE;
        case "records-provision" -> PROVISION;
        default -> null;
      });
    }
  }

  /** A task of the case open for the reader, which may justify reading the case. */
  record OpenTask(String id, String name, Date due) {}

  private final HistoryService history;
  private final TaskService tasks;
  private final CaseViews moveInCases;
  private final PersonalInformationRequests personalInformationRequests;
  private final CertificateViews certificateRequests;
  private final IssuedCertificates certificates;
  private final ProvisionInquiryViews provisionInquiries;
  private final AccessLog accessLog;

  CasePages(HistoryService history, TaskService tasks, CaseViews moveInCases,
      PersonalInformationRequests personalInformationRequests, CertificateViews certificateRequests,
      IssuedCertificates certificates, ProvisionInquiryViews provisionInquiries, AccessLog accessLog) {
    this.history = history;
    this.tasks = tasks;
    this.moveInCases = moveInCases;
    this.personalInformationRequests = personalInformationRequests;
    this.certificateRequests = certificateRequests;
    this.certificates = certificates;
    this.provisionInquiries = provisionInquiries;
    this.accessLog = accessLog;
  }

  /** The kind of the case; 404 for an id of no case of the reader's municipality, or of a kind without a page. */
  Kind kindOf(StaffPrincipal staff, String caseId) {
    requireId(caseId, "case");
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .tenantIdIn(staff.municipalityCode()).orderByProcessInstanceStartTime().asc().list().stream()
        .map(HistoricProcessInstance::getProcessDefinitionKey)
        .map(Kind::ofProcess).flatMap(Optional::stream).findFirst()
        .orElseThrow(() -> ApiException.notFound("case"));
  }

  /** The reader's open tasks in the case: assigned to them, or offered to them or their groups. */
  List<OpenTask> openTasks(StaffPrincipal staff, String caseId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseId).tenantIdIn(staff.municipalityCode())
        .or().taskAssignee(staff.userId()).taskCandidateUser(staff.userId()).endOr().orderByTaskCreateTime().asc().list().stream()
        .map(task -> new OpenTask(task.getId(), task.getName(), task.getDueDate())).toList();
  }

  /** The case read for the task or the case itself, logged with that justification. */
  @Transactional
  CasePage read(StaffPrincipal staff, String caseId, Kind kind, String taskId, String clientAddress) {
    return switch (kind) {
      case MOVE_IN -> CasePageContents.moveIn(moveInCases.view(staff, caseId, taskId, clientAddress));
      case PERSONAL_INFORMATION -> CasePageContents.personalInformation(personalInformationRequests.view(caseId, staff,
          taskId != null ? Justification.task(taskId) : Justification.ofCase(caseId), clientAddress));
      case CERTIFICATE -> CasePageContents.certificateRequest(caseId, readCertificateRequest(staff, caseId, taskId,
          clientAddress));
      case PROVISION -> CasePageContents.provisionInquiry(provisionInquiries.view(staff, caseId,
          taskId != null ? Justification.task(taskId) : Justification.ofCase(caseId), clientAddress), steps(staff, caseId));
    };
  }

  /** What the case's processes went through, by the names the models give their steps. */
  private List<CasePageContents.Step> steps(StaffPrincipal staff, String caseId) {
    List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .tenantIdIn(staff.municipalityCode()).list().stream().map(HistoricProcessInstance::getId).toList();
    return instances.stream()
        .flatMap(instance -> history.createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream())
        .filter(step -> step.getActivityName() != null && !step.getActivityType().endsWith("Gateway"))
        .sorted(java.util.Comparator.comparing(HistoricActivityInstance::getStartTime))
        .map(step -> new CasePageContents.Step(step.getStartTime().toInstant(), step.getActivityName(), step.getAssignee()))
        .toList();
  }

  private Map<String, Object> readCertificateRequest(StaffPrincipal staff, String caseId, String taskId, String clientAddress) {
    Map<String, Object> view = certificateRequests.request(staff.municipalityCode(), caseId);
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.READ, "CERTIFICATE_REQUEST",
        caseId, taskId != null ? Justification.task(taskId) : Justification.ofCase(caseId), clientAddress));
    return view;
  }

  /** A letter of a personal-information request, as sent (the request's service logs the read). */
  byte[] letter(StaffPrincipal staff, String caseId, String letterId, String clientAddress) {
    requireId(letterId, "letter");
    return personalInformationRequests.letter(caseId, letterId, staff, clientAddress);
  }

  /** A certificate issued on the case, as PDF; logged as an export with the case as its reason. */
  @Transactional
  byte[] certificatePdf(StaffPrincipal staff, String caseId, String certificateId, String clientAddress) {
    requireId(certificateId, "certificate");
    List<?> issued = (List<?>) certificateRequests.request(staff.municipalityCode(), caseId).get("certificates");
    boolean ofThisCase = issued.stream().anyMatch(c -> certificateId.equals(((Map<?, ?>) c).get("certificateId")));
    if (!ofThisCase) {
      throw ApiException.notFound("certificate");
    }
    byte[] pdf = certificates.pdf(staff.municipalityCode(), certificateId);
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.EXPORT, "CERTIFICATE",
        certificateId, Justification.ofCase(caseId), clientAddress));
    return pdf;
  }

  private static void requireId(String id, String what) {
    if (id == null || !CASE_ID.matcher(id).matches()) {
      throw ApiException.notFound(what);
    }
  }
}
