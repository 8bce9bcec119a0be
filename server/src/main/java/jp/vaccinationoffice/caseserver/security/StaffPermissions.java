package jp.vaccinationoffice.caseserver.security;

import static org.operaton.bpm.engine.authorization.Permissions.ACCESS;
import static org.operaton.bpm.engine.authorization.Permissions.READ;
import static org.operaton.bpm.engine.authorization.Resources.APPLICATION;
import static org.operaton.bpm.engine.authorization.Resources.FILTER;
import static org.operaton.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.Map;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.filter.Filter;
import org.springframework.stereotype.Service;

/**
 * The engine authorizations every staff group needs to work in the Tasklist. Tasks themselves are
 * granted per task through candidate groups, and the engine's tenant check keeps each person to
 * their municipality. The administrator group holds every permission on every resource, as the
 * engine's own first-admin set-up would grant it.
 */
@Service
public class StaffPermissions {

  public static final String TASKS_FILTER_NAME = "すべての業務タスク";
  /** The name the filter had before the webapps were in Japanese only; such a filter is renamed. */
  private static final String EARLIER_TASKS_FILTER_NAME = "業務タスク (Tasks)";
  private static final String TASKS_FILTER_DESCRIPTION = "自分のグループの、自分の市区町村の業務タスク";

  private final GroupGrants grants;
  private final FilterService filterService;
  private final TaskService taskService;

  public StaffPermissions(GroupGrants grants, FilterService filterService, TaskService taskService) {
    this.grants = grants;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** Idempotent: grants only what is missing. */
  public void grantDefaults() {
    String tasksFilterId = tasksFilterId();
    for (String group : new String[] {StaffGroups.CLERKS, StaffGroups.SUPERVISORS, StaffGroups.AUDITORS}) {
      grants.grant(group, APPLICATION, "tasklist", ACCESS);
      grants.grant(group, PROCESS_DEFINITION, Authorization.ANY, READ);
      grants.grant(group, FILTER, tasksFilterId, READ);
    }
    for (Resources resource : Resources.values()) {
      grants.grant(StaffGroups.ADMINS, resource, Authorization.ANY, Permissions.ALL);
    }
  }

  private String tasksFilterId() {
    Filter existing = filterService.createFilterQuery().filterName(TASKS_FILTER_NAME).singleResult();
    if (existing != null) {
      return existing.getId();
    }
    Filter earlier = filterService.createFilterQuery().filterName(EARLIER_TASKS_FILTER_NAME).singleResult();
    if (earlier != null) {
      earlier.setName(TASKS_FILTER_NAME);
      earlier.setProperties(Map.of("description", TASKS_FILTER_DESCRIPTION, "priority", -10));
      return filterService.saveFilter(earlier).getId();
    }
    Filter filter = filterService.newTaskFilter(TASKS_FILTER_NAME);
    filter.setQuery(taskService.createTaskQuery().active());
    filter.setProperties(Map.of("description", TASKS_FILTER_DESCRIPTION, "priority", -10));
    return filterService.saveFilter(filter).getId();
  }
}
