package jp.vaccinationoffice.caseserver.staffwrites;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.vaccinationoffice.caseserver.security.StaffGroups;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * What staff may write through the engine's REST API (both {@code /engine-rest} and the webapps' copy):
 * variables only by completing a task they can see, with its form's fields; tasks only to someone who
 * can work them; nothing else that carries variables. Administrators are not checked here (the
 * workers run inside the server, on the engine's Java API). A request for a task the caller cannot see goes on to the engine,
 * which answers it as for any unknown task.
 */
@Service
public class StaffWriteCheck {

  static final int MAX_BODY_BYTES = 1024 * 1024;

  private final IdentityService identityService;
  private final TaskService taskService;
  private final TaskForms taskForms;
  private final TaskAssignments assignments;

  StaffWriteCheck(IdentityService identityService, TaskService taskService, TaskForms taskForms,
      TaskAssignments assignments) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.taskForms = taskForms;
    this.assignments = assignments;
  }

  /**
   * @param path the path below the API's root, see {@link EngineWriteRules}
   * @param body the request body, read only when needed; null when it is larger than {@link #MAX_BODY_BYTES}
   */
  Optional<Refusal> check(Authentication caller, String method, String path, String contentType,
      Supplier<byte[]> body) {
    EngineWriteKind kind = EngineWriteRules.classify(method, path);
    if (kind == EngineWriteKind.READ || kind == EngineWriteKind.QUERY || !isStaff(caller)) {
      return Optional.empty();
    }
    return switch (kind) {
      case VARIABLE_RESOURCE -> Optional.of(Refusal.of(403, "variable-write-refused", "Variables are set through forms",
          "Staff set engine variables only by completing a task with its form's fields; " + method + " " + path
              + " is not open to them."));
      case EXTERNAL_TASK -> Optional.of(Refusal.of(403, "external-tasks-for-workers", "External tasks are the workers'",
          "External tasks are fetched, locked and completed by the server's own workers."));
      case IDENTITY_LINK -> Optional.of(Refusal.of(403, "candidates-fixed", "Candidates are set by the process",
          "A task's candidate users and groups come from its process model; staff do not change them."));
      default -> withBody(caller, kind, method, path, contentType, body);
    };
  }

  private Optional<Refusal> withBody(Authentication caller, EngineWriteKind kind, String method, String path,
      String contentType, Supplier<byte[]> body) {
    boolean json = contentType == null || contentType.toLowerCase().contains("json");
    if (!json) {
      // the engine reads these resources as JSON only and answers 415 itself; other bodies (multipart
      // uploads of attachments) carry no variables
      return Optional.empty();
    }
    byte[] bytes = body.get();
    if (bytes == null) {
      return Optional.of(Refusal.of(413, "body-too-large", "Request too large",
          "A change through the engine API may be at most " + MAX_BODY_BYTES + " bytes."));
    }
    JsonNode request;
    try {
      request = RequestBodies.read(bytes);
    } catch (IllegalArgumentException e) {
      return Optional.of(Refusal.of(400, "unreadable-body", "Unreadable request body", e.getMessage() + "."));
    }
    return switch (kind) {
      case FORM_COMPLETION -> onVisibleTask(caller, path, task ->
          FormSubmission.check(taskForms.of(task), request.path("variables")));
      case ASSIGNMENT -> onVisibleTask(caller, path, task ->
          assignments.check(task, "userId", text(request.path("userId"))));
      case TASK_UPDATE -> onVisibleTask(caller, path, task -> changedPerson(task, request));
      default -> carriedVariables(method, path, request);
    };
  }

  private Optional<Refusal> changedPerson(Task task, JsonNode update) {
    String assignee = text(update.path("assignee"));
    if (assignee != null && !assignee.equals(task.getAssignee())) {
      Optional<Refusal> refusal = assignments.check(task, "assignee", assignee);
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    String owner = text(update.path("owner"));
    return owner != null && !owner.equals(task.getOwner()) ? assignments.check(task, "owner", owner) : Optional.empty();
  }

  private static Optional<Refusal> carriedVariables(String method, String path, JsonNode request) {
    List<String> members = RequestBodies.variableMembers(request);
    if (members.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(403, "variable-write-refused", "Variables are set through forms",
        "Staff set engine variables only by completing a task with its form's fields; " + method + " " + path
            + " with " + String.join(", ", members) + " is not open to them.",
        Map.of("members", members)));
  }

  /**
   * Runs the check on the task if the caller can see it (the task is read as the caller), with
   * nobody signed in to the engine (the check reads the task's candidates, form and the assignee's
   * memberships, which the caller may not).
   */
  private Optional<Refusal> onVisibleTask(Authentication caller, String path,
      Function<Task, Optional<Refusal>> check) {
    String taskId = EngineWriteRules.taskId(path);
    Authentication previous = identityService.getCurrentAuthentication();
    try {
      identityService.setAuthentication(caller);
      Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
      identityService.clearAuthentication();
      return task == null ? Optional.empty() : check.apply(task);
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }

  private static boolean isStaff(Authentication caller) {
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return !groups.contains(StaffGroups.ADMINS);
  }

  private static String text(JsonNode value) {
    return value.isNull() || value.isMissingNode() ? null : value.asText();
  }
}
