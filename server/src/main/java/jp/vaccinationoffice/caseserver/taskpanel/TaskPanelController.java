package jp.vaccinationoffice.caseserver.taskpanel;

import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case panel of a task for the Tasklist's 案件 tab: the case read with the task as its
 * justification. The caller is whoever is signed in to the webapps in this session; the task must
 * be of their municipality (else 404) and theirs or their group's (else 403).
 */
@RestController
class TaskPanelController {

  private final WebappCaller caller;
  private final TaskPanels panels;

  TaskPanelController(WebappCaller caller, TaskPanels panels) {
    this.caller = caller;
    this.panels = panels;
  }

  @GetMapping(path = "/staff/api/tasks/{taskId}/panel", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TaskPanel> panel(@PathVariable String taskId, HttpServletRequest request) {
    StaffPrincipal staff = caller.of(request.getSession(false))
        .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "Tasklist にサインインしてください"));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(panels.forTask(staff, taskId, request.getRemoteAddr()));
  }
}
