package jp.vaccinationoffice.caseserver.security;

import static org.operaton.bpm.engine.authorization.Permissions.ACCESS;
import static org.operaton.bpm.engine.authorization.Permissions.READ;
import static org.operaton.bpm.engine.authorization.Resources.APPLICATION;
import static org.operaton.bpm.engine.authorization.Resources.FILTER;
import static org.operaton.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.Map;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Resource;
import org.operaton.bpm.engine.filter.Filter;
import org.springframework.stereotype.Service;

/**
 * The engine authorizations every staff group needs to work in the Tasklist. Tasks themselves are
 * granted per task through candidate groups, and the engine's tenant check keeps each person to
 * their municipality; members of the administrator group bypass authorization checks.
 */
@Service
public class StaffPermissions {

  public static final String TASKS_FILTER_NAME = "業務タスク (Tasks)";

  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public StaffPermissions(AuthorizationService authorizationService, FilterService filterService,
      TaskService taskService) {
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** Idempotent: grants only what is missing. */
  public void grantDefaults() {
    String tasksFilterId = tasksFilterId();
    for (String group : new String[] {StaffGroups.CLERKS, StaffGroups.SUPERVISORS, StaffGroups.AUDITORS}) {
      grant(group, APPLICATION, "tasklist", ACCESS);
      grant(group, PROCESS_DEFINITION, Authorization.ANY, READ);
      grant(group, FILTER, tasksFilterId, READ);
    }
  }

  private String tasksFilterId() {
    Filter existing = filterService.createFilterQuery().filterName(TASKS_FILTER_NAME).singleResult();
    if (existing != null) {
      return existing.getId();
    }
    Filter filter = filterService.newTaskFilter(TASKS_FILTER_NAME);
    filter.setQuery(taskService.createTaskQuery().active());
    filter.setProperties(Map.of("description", "Tasks of my groups in my municipality", "priority", -10));
    return filterService.saveFilter(filter).getId();
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    boolean present = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .hasPermission(permission)
        .count() > 0;
    if (present) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}
