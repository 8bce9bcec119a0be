package jp.vaccinationoffice.caseserver.staffwrites;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.accounts.StaffAccount;
import jp.vaccinationoffice.caseserver.accounts.StaffAccountRegistry;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Who a task may be given to by a member of staff: an active user of the task's municipality who
 * is in one of its candidate groups, so that the task never leaves the shared queue for someone
 * who could not see it there. The answer is the same whatever the reason, so that it does not tell
 * whether a user id exists in another municipality.
 */
@Service
class TaskAssignments {

  private final IdentityService identityService;
  private final TaskService taskService;
  private final StaffAccountRegistry registry;

  TaskAssignments(IdentityService identityService, TaskService taskService, StaffAccountRegistry registry) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.registry = registry;
  }

  /** Call it with no user signed in to the engine. {@code userId} null (unassigning) is always allowed. */
  Optional<Refusal> check(Task task, String field, String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    List<String> candidateGroups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
    if (mayWork(userId, task.getTenantId(), candidateGroups)) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(400, "assignee-not-eligible", "User cannot work this task",
        "A task can be given only to an active user of its municipality who is in one of its candidate groups ("
            + String.join(", ", candidateGroups) + "); " + field + " names no such user.",
        Map.of("field", field)));
  }

  private boolean mayWork(String userId, String tenantId, List<String> candidateGroups) {
    if (candidateGroups.isEmpty() || identityService.createUserQuery().userId(userId).count() == 0
        || registry.find(userId).map(StaffAccount::isDisabled).orElse(false)) {
      return false;
    }
    boolean candidate = identityService.createGroupQuery().groupMember(userId)
        .groupIdIn(candidateGroups.toArray(String[]::new)).count() > 0;
    return candidate && (tenantId == null || identityService.createTenantQuery().tenantId(tenantId)
        .userMember(userId).includingGroupsOfUser(true).count() > 0);
  }
}
