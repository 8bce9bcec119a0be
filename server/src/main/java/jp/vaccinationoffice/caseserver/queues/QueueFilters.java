package jp.vaccinationoffice.caseserver.queues;

import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.vaccinationoffice.caseserver.security.StaffGroups;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.filter.Filter;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.impl.TaskQueryImpl;
import org.operaton.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist's saved filters of each role, made at start and kept: 自分の担当 for every member of
 * staff who works tasks, and グループの未割当, 期限が近い, 期限超過 (and 承認待ち for supervisors)
 * shared with the role's group. The engine refuses expressions in stored queries, so the date
 * bounds of 期限が近い and 期限超過 are dates, moved on every few minutes.
 */
@Component
class QueueFilters implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(QueueFilters.class);
  static final String QUEUE = "queue";
  static final List<String> ROLES = List.of(StaffGroups.CLERKS, StaffGroups.SUPERVISORS);

  enum Queue {
    MINE("自分の担当", "自分が担当しているタスク（期限の早い順）", "#2f6f9f"),
    UNASSIGNED("グループの未割当", "グループのタスクのうち、まだ誰も担当していないもの", "#3f6e25"),
    DUE_SOON("期限が近い", "グループのタスクのうち、期限が迫っているもの", "#8a5d00"),
    AWAITING_APPROVAL("承認待ち", "所属長の承認を待っているタスク", "#7b4f9d"),
    OVERDUE("期限超過", "グループのタスクのうち、期限を過ぎたもの", "#b03030");

    final String title;
    final String description;
    final String color;

    Queue(String title, String description, String color) {
      this.title = title;
      this.description = description;
      this.color = color;
    }
  }

  private final FilterService filters;
  private final TaskService tasks;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final QueueProperties properties;
  private final Clock clock;
  private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "queue-filters");
    thread.setDaemon(true);
    return thread;
  });

  QueueFilters(FilterService filters, TaskService tasks, IdentityService identity, AuthorizationService authorizations,
      QueueProperties properties, Clock clock) {
    this.filters = filters;
    this.tasks = tasks;
    this.identity = identity;
    this.authorizations = authorizations;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    refresh();
    long every = properties.refresh().toSeconds();
    refresher.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.SECONDS);
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.warn("The saved filters of the queues were not refreshed: {}", e.getMessage());
    }
  }

  /** Creates what is missing and moves the date bounds to now. */
  synchronized void refresh() {
    for (String group : ROLES) {
      keep(group + "/" + Queue.UNASSIGNED, Queue.UNASSIGNED, null, group,
          tasks.createTaskQuery().taskCandidateGroup(group).taskUnassigned());
      keep(group + "/" + Queue.DUE_SOON, Queue.DUE_SOON, null, group,
          tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
              .dueAfter(now()).dueBefore(Date.from(clock.instant().plus(properties.dueSoon()))));
      keep(group + "/" + Queue.OVERDUE, Queue.OVERDUE, null, group,
          tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().dueBefore(now()));
      for (User member : identity.createUserQuery().memberOfGroup(group).list()) {
        keep("user/" + member.getId() + "/" + Queue.MINE, Queue.MINE, member.getId(), null,
            tasks.createTaskQuery().taskAssignee(member.getId()));
      }
    }
    keep(StaffGroups.SUPERVISORS + "/" + Queue.AWAITING_APPROVAL, Queue.AWAITING_APPROVAL, null, StaffGroups.SUPERVISORS,
        tasks.createTaskQuery().taskCandidateGroup(StaffGroups.SUPERVISORS).includeAssignedTasks());
  }

  private void keep(String key, Queue queue, String owner, String group, TaskQuery query) {
    TaskQuery sorted = query.orderByDueDate().asc();
    Filter filter = filters.createFilterQuery().filterName(queue.title).list().stream()
        .filter(existing -> key.equals(existing.getProperties() == null ? null : existing.getProperties().get(QUEUE)))
        .findFirst().orElse(null);
    if (filter == null) {
      filter = filters.newTaskFilter(queue.title).setOwner(owner).setProperties(properties(key, queue));
      filter.setQuery((TaskQueryImpl) sorted);
      filters.saveFilter(filter);
      if (owner == null) {
        // the engine grants the owner of a filter every permission on it; a shared one is granted here
        grantRead(filter.getId(), group);
      }
    } else if (!Objects.equals(((TaskQueryImpl) filter.getQuery()).getDueBefore(), ((TaskQueryImpl) sorted).getDueBefore())) {
      filter.setQuery((TaskQueryImpl) sorted);
      filters.saveFilter(filter);
    }
  }

  private Map<String, Object> properties(String key, Queue queue) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(QUEUE, key);
    map.put("color", queue.color);
    map.put("priority", queue.ordinal());
    map.put("description", queue.description);
    map.put("refresh", true);
    map.put("showUndefinedVariable", false);
    return map;
  }

  private void grantRead(String filterId, String group) {
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setResource(Resources.FILTER);
    read.setResourceId(filterId);
    read.addPermission(Permissions.READ);
    read.setGroupId(group);
    authorizations.saveAuthorization(read);
  }

  private Date now() {
    return Date.from(clock.instant());
  }

  @Override
  public void destroy() {
    refresher.shutdownNow();
  }
}
