package jp.vaccinationoffice.caseserver.staffscreens;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 案件の画面: one case of the reader's municipality with its summary, documents, letters and
 * certificates and its history. Reading it is an access to specific personal information, so the
 * reader first says why: one of their open tasks in the case, or the case itself (the
 * unjustified-reads report then checks that they had a part in it). Another municipality's case,
 * or an id of none, is a page not found.
 */
@Controller
@PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
class CasePageScreen {

  /** The reason to give when the reader works on the case without one of its tasks at hand. */
  static final String REASON_CASE = "case";

  private final CasePages pages;

  CasePageScreen(CasePages pages) {
    this.pages = pages;
  }

  @GetMapping("/staff/cases/{caseId}")
  String show(@PathVariable String caseId, @RequestParam(required = false) String taskId,
      @RequestParam(required = false) String reason, Model model, HttpServletRequest http) {
    StaffPrincipal staff = CurrentStaff.get();
    CasePages.Kind kind = pages.kindOf(staff, caseId);
    List<CasePages.OpenTask> tasks = pages.openTasks(staff, caseId);
    String chosenTask = taskId != null ? taskId
        : reason != null && reason.startsWith("task:") ? reason.substring("task:".length()) : null;
    boolean taskOfCase = chosenTask != null && tasks.stream().anyMatch(task -> task.id().equals(chosenTask));
    if (taskOfCase || REASON_CASE.equals(reason)) {
      model.addAttribute("page", pages.read(staff, caseId, kind, taskOfCase ? chosenTask : null, http.getRemoteAddr()));
      model.addAttribute("justifiedBy", taskOfCase ? tasks.stream().filter(t -> t.id().equals(chosenTask)).findFirst()
          .map(CasePages.OpenTask::name).orElse(chosenTask) : "この案件の業務");
      return "staff/case";
    }
    model.addAttribute("caseId", caseId);
    model.addAttribute("receptionNumber", ReceptionNumbers.of(caseId));
    model.addAttribute("kind", kind.label());
    model.addAttribute("tasks", tasks);
    model.addAttribute("reasonError", chosenTask != null || reason != null
        ? "一覧から閲覧の理由を選んでください（担当していないタスクは選べません）。" : null);
    return "staff/case-reason";
  }

  @GetMapping("/staff/cases/{caseId}/letters/{letterId}")
  ResponseEntity<byte[]> letter(@PathVariable String caseId, @PathVariable String letterId, HttpServletRequest http) {
    StaffPrincipal staff = CurrentStaff.get();
    pages.kindOf(staff, caseId);
    return pdf(pages.letter(staff, caseId, letterId, http.getRemoteAddr()), "letter-" + letterId + ".pdf");
  }

  @GetMapping("/staff/cases/{caseId}/certificates/{certificateId}.pdf")
  ResponseEntity<byte[]> certificate(@PathVariable String caseId, @PathVariable String certificateId,
      HttpServletRequest http) {
    StaffPrincipal staff = CurrentStaff.get();
    pages.kindOf(staff, caseId);
    return pdf(pages.certificatePdf(staff, caseId, certificateId, http.getRemoteAddr()), "certificate-" + certificateId + ".pdf");
  }

  private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(content);
  }
}
