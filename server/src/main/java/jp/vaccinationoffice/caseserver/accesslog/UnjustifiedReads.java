package jp.vaccinationoffice.caseserver.accesslog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.history.HistoricIdentityLinkLog;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds reads, searches and exports with no business need behind them (業務上必要のない検索): those
 * that name no task or case, or name one the reader had no part in. A read counts as justified by
 * a task when the task belongs to the reader's municipality and to the case read, the reader was
 * its assignee, owner or a candidate (in person or through a group), and the read happened while
 * the task was open. A case justifies a read when the reader had such a task in that case.
 * Group membership is judged as it is now; the engine's history records when users were added to
 * a task, not when they joined a group.
 */
@Service
@EnableConfigurationProperties(AccessLogProperties.class)
public class UnjustifiedReads {

  /** Reads examined at most in one report; a longer period has to be split. */
  static final int MAX_READS_EXAMINED = 100_000;

  private final JdbcTemplate jdbc;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final AccessLogProperties properties;

  UnjustifiedReads(JdbcTemplate jdbc, HistoryService historyService, IdentityService identityService,
      AccessLogProperties properties) {
    this.jdbc = jdbc;
    this.historyService = historyService;
    this.identityService = identityService;
    this.properties = properties;
  }

  /** Newest first, the reads of one municipality recorded from {@code from} (inclusive) to {@code to}. */
  public List<UnjustifiedRead> find(String municipalityCode, Instant from, Instant to) {
    List<AccessLogRow> reads = jdbc.query("SELECT " + AccessLogTable.COLUMNS + " FROM access_log"
            + " WHERE municipality_code = ? AND action IN ('READ', 'SEARCH', 'EXPORT')"
            + " AND recorded_at >= ? AND recorded_at < ? ORDER BY id DESC LIMIT ?",
        AccessLogTable.ROW, municipalityCode, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC),
        MAX_READS_EXAMINED + 1);
    if (reads.size() > MAX_READS_EXAMINED) {
      throw new InvalidAccessLogQuery("More than " + MAX_READS_EXAMINED + " reads in that period: choose a shorter one");
    }
    Review review = new Review(municipalityCode);
    List<UnjustifiedRead> found = new ArrayList<>();
    for (AccessLogRow read : reads) {
      review.reasonAgainst(read).ifPresent(reason -> found.add(UnjustifiedRead.of(read, reason)));
    }
    return found;
  }

  /** One report's look-ups in the engine's history, each made once. */
  private final class Review {

    private final String municipalityCode;
    private final Map<String, Optional<TaskEvidence>> tasks = new HashMap<>();
    private final Map<String, List<TaskEvidence>> casesTasks = new HashMap<>();
    private final Map<String, Set<String>> groupsOfUsers = new HashMap<>();

    Review(String municipalityCode) {
      this.municipalityCode = municipalityCode;
    }

    Optional<UnjustifiedReason> reasonAgainst(AccessLogRow read) {
      String justification = read.justification();
      if ((justification == null || justification.isBlank()) && AccessSubjects.SEARCH.equals(read.subjectType())) {
        return againstSearchHits(read);
      }
      if (justification == null || justification.isBlank()) {
        return Optional.of(UnjustifiedReason.NO_JUSTIFICATION);
      }
      if (justification.startsWith(Justification.TASK_PREFIX)) {
        return againstTask(read, justification.substring(Justification.TASK_PREFIX.length()));
      }
      if (justification.startsWith(Justification.CASE_PREFIX)) {
        return againstCase(read, justification.substring(Justification.CASE_PREFIX.length()));
      }
      return Optional.of(UnjustifiedReason.UNRECOGNISED_JUSTIFICATION);
    }

    private Optional<UnjustifiedReason> againstTask(AccessLogRow read, String taskId) {
      Optional<TaskEvidence> found = task(taskId);
      if (found.isEmpty()) {
        return Optional.of(UnjustifiedReason.TASK_NOT_FOUND);
      }
      TaskEvidence task = found.get();
      if (!municipalityCode.equals(task.tenantId())) {
        return Optional.of(UnjustifiedReason.TASK_OF_ANOTHER_MUNICIPALITY);
      }
      if (!task.involves(read.userId(), groupsOf(read.userId()))) {
        return Optional.of(UnjustifiedReason.NOT_ON_TASK);
      }
      if (!task.openAt(read.recordedAt(), properties.clockSkew(), properties.taskGracePeriod())) {
        return Optional.of(UnjustifiedReason.TASK_NOT_OPEN);
      }
      if (readsACase(read) && !read.subjectId().equals(task.caseId())) {
        return Optional.of(UnjustifiedReason.TASK_OF_ANOTHER_CASE);
      }
      return Optional.empty();
    }

    private Optional<UnjustifiedReason> againstCase(AccessLogRow read, String caseId) {
      if (readsACase(read) && !read.subjectId().equals(caseId)) {
        return Optional.of(UnjustifiedReason.CASE_MISMATCH);
      }
      Set<String> groups = groupsOf(read.userId());
      boolean hadOpenTask = tasksOfCase(caseId).stream()
          .anyMatch(task -> task.involves(read.userId(), groups)
              && task.openAt(read.recordedAt(), properties.clockSkew(), properties.taskGracePeriod()));
      return hadOpenTask ? Optional.empty() : Optional.of(UnjustifiedReason.NOT_ON_CASE);
    }

    /** A search is justified when one of the cases it showed had a task open for the searcher. */
    private Optional<UnjustifiedReason> againstSearchHits(AccessLogRow read) {
      Set<String> groups = groupsOf(read.userId());
      List<String> shown = jdbc.queryForList("SELECT document_id FROM search_log_hit WHERE search_id = ?",
          String.class, read.subjectId());
      boolean ledToTask = shown.stream().anyMatch(caseId -> tasksOfCase(caseId).stream()
          .anyMatch(task -> task.involves(read.userId(), groups)
              && task.openAt(read.recordedAt(), properties.clockSkew(), properties.taskGracePeriod())));
      return ledToTask ? Optional.empty() : Optional.of(UnjustifiedReason.SEARCH_LED_TO_NO_TASK);
    }

    private boolean readsACase(AccessLogRow read) {
      return AccessSubjects.CASE.equals(read.subjectType()) && read.subjectId() != null;
    }

    private Optional<TaskEvidence> task(String taskId) {
      return tasks.computeIfAbsent(taskId, id -> Optional
          .ofNullable(historyService.createHistoricTaskInstanceQuery().taskId(id).singleResult())
          .map(this::evidence));
    }

    private List<TaskEvidence> tasksOfCase(String caseId) {
      return casesTasks.computeIfAbsent(caseId, id -> historyService.createHistoricTaskInstanceQuery()
          .processInstanceBusinessKey(id)
          .tenantIdIn(municipalityCode)
          .list().stream()
          .map(task -> tasks.computeIfAbsent(task.getId(), taskId -> Optional.of(evidence(task))).orElseThrow())
          .toList());
    }

    private TaskEvidence evidence(HistoricTaskInstance task) {
      Set<String> users = new HashSet<>();
      Set<String> candidateGroups = new HashSet<>();
      addIfPresent(users, task.getAssignee());
      addIfPresent(users, task.getOwner());
      for (HistoricIdentityLinkLog link : historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list()) {
        addIfPresent(users, link.getUserId());
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          addIfPresent(candidateGroups, link.getGroupId());
        }
      }
      return new TaskEvidence(task.getTenantId(), caseIdOf(task), task.getStartTime().toInstant(),
          task.getEndTime() == null ? null : task.getEndTime().toInstant(), users, candidateGroups);
    }

    private String caseIdOf(HistoricTaskInstance task) {
      if (task.getProcessInstanceId() == null) {
        return null;
      }
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      if (instance != null && instance.getBusinessKey() == null && instance.getRootProcessInstanceId() != null) {
        // a called process carries its case through the process that called it
        instance = historyService.createHistoricProcessInstanceQuery()
            .processInstanceId(instance.getRootProcessInstanceId()).singleResult();
      }
      return instance == null ? null : instance.getBusinessKey();
    }

    private Set<String> groupsOf(String userId) {
      return groupsOfUsers.computeIfAbsent(userId, id -> identityService.createGroupQuery().groupMember(id).list()
          .stream().map(Group::getId).collect(Collectors.toUnmodifiableSet()));
    }
  }

  private static void addIfPresent(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }

  private record TaskEvidence(String tenantId, String caseId, Instant start, Instant end,
      Set<String> users, Set<String> candidateGroups) {

    boolean involves(String userId, Set<String> groupsOfUser) {
      return users.contains(userId) || candidateGroups.stream().anyMatch(groupsOfUser::contains);
    }

    boolean openAt(Instant time, Duration clockSkew, Duration gracePeriod) {
      return !time.isBefore(start.minus(clockSkew)) && (end == null || !time.isAfter(end.plus(gracePeriod)));
    }
  }
}
