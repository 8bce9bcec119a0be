package jp.vaccinationoffice.caseserver.taskpanel;

import java.util.Optional;
import java.util.Set;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accesslog.AccessSubjects;
import jp.vaccinationoffice.caseserver.accesslog.Justification;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case panel of a task, for whoever may work it: the task must be of the reader's municipality
 * and theirs or their group's. The read is logged with the task as its justification; its subject
 * is the case, that is the task's business key (a move-in case, or the inquiry a provision answers).
 * What is shown is the work of {@link MoveInPanel}, {@link ProvisionPanel} and {@link RequestPanel}.
 */
@Service
class TaskPanels {

  private static final Set<String> MOVE_IN_PROCESSES = Set.of("move-in-record-query", "consent-capture");
  private static final Set<String> PROVISION_PROCESSES = Set.of("records-provision");
  private static final Set<String> REQUEST_PROCESSES = Set.of("disclosure-request", "correction-request",
      "suspension-request");

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final MoveInPanel moveInPanel;
  private final ProvisionPanel provisionPanel;
  private final RequestPanel requestPanel;
  private final AccessLog accessLog;

  TaskPanels(TaskService tasks, RuntimeService runtime, RepositoryService repository, MoveInPanel moveInPanel,
      ProvisionPanel provisionPanel, RequestPanel requestPanel, AccessLog accessLog) {
    this.requestPanel = requestPanel;
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.moveInPanel = moveInPanel;
    this.provisionPanel = provisionPanel;
    this.accessLog = accessLog;
  }

  @Transactional
  public TaskPanel forTask(StaffPrincipal staff, String taskId, String clientAddress) {
    Task task = Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
        .filter(found -> staff.municipalityCode() != null && staff.municipalityCode().equals(found.getTenantId()))
        .orElseThrow(() -> ApiException.notFound("task"));
    if (!involves(task, staff)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "この業務の担当者でもグループの一員でもありません");
    }
    String caseId = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
        .getBusinessKey();
    String process = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    TaskPanel.Builder panel = new TaskPanel.Builder();
    if (PROVISION_PROCESSES.contains(process)) {
      provisionPanel.fill(staff, caseId, task, panel);
    } else if (MOVE_IN_PROCESSES.contains(process)) {
      moveInPanel.fill(staff, caseId, task, panel);
    } else if (REQUEST_PROCESSES.contains(process)) {
      requestPanel.fill(staff, caseId, panel);
    } else {
      // a process this panel does not know yet: nothing of the case is read, so nothing is logged
      panel.section("案件").row("受付番号", ReceptionNumbers.of(caseId))
          .note("この業務の案件の内容は、このタブではまだ表示できません。");
      return new TaskPanel(taskId, task.getTaskDefinitionKey(), ReceptionNumbers.of(caseId), task.getName(),
          JapaneseDates.moment(task.getDueDate()), panel.build());
    }
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.READ, AccessSubjects.CASE,
        caseId, Justification.task(taskId), clientAddress));
    return new TaskPanel(taskId, task.getTaskDefinitionKey(), ReceptionNumbers.of(caseId), task.getName(),
        JapaneseDates.moment(task.getDueDate()), panel.build());
  }

  private boolean involves(Task task, StaffPrincipal staff) {
    if (staff.userId().equals(task.getAssignee())) {
      return true;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (staff.userId().equals(link.getUserId()) || link.getGroupId() != null && staff.isMemberOf(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }
}
