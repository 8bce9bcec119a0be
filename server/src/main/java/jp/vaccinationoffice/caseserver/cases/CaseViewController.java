package jp.vaccinationoffice.caseserver.cases;

import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseId}}: the case view, for the task being worked or for the case itself. */
@RestController
class CaseViewController {

  private final CaseViews views;

  CaseViewController(CaseViews views) {
    this.views = views;
  }

  @GetMapping("/api/cases/{caseId}")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  ResponseEntity<CaseView> view(@PathVariable String caseId, @RequestParam(required = false) String taskId,
      HttpServletRequest http) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(views.view(CurrentStaff.get(), caseId, taskId, http.getRemoteAddr()));
  }
}
