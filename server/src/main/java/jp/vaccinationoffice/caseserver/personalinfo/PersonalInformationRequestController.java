package jp.vaccinationoffice.caseserver.personalinfo;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests.Outcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 開示・訂正・利用停止請求: intake at the counter or by mail, the request's view and list, 補正 and 延長. */
@RestController
class PersonalInformationRequestController {

  static final String BASE = "/api/personal-information-requests";

  private final RequestIntake intake;
  private final PersonalInformationRequests requests;

  private final DisclosedInformation disclosed;

  PersonalInformationRequestController(RequestIntake intake, PersonalInformationRequests requests,
      DisclosedInformation disclosed) {
    this.intake = intake;
    this.requests = requests;
    this.disclosed = disclosed;
  }

  @PostMapping(path = BASE, consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('CLERKS')")
  ResponseEntity<RequestReceipt> receive(@RequestBody PersonalInformationRequest request,
      @RequestHeader(name = IdempotentRequests.KEY_HEADER, required = false) String idempotencyKey,
      HttpServletRequest http) {
    Outcome<RequestReceipt> outcome = intake.receive(request, idempotencyKey, CurrentStaff.get(), http.getRemoteAddr());
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.CREATED);
    if (outcome.replayed()) {
      answer.header(IdempotentRequests.REPLAYED_HEADER, "true");
    }
    return answer.body(outcome.answer());
  }

  @GetMapping(BASE + "/{requestId}")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  ResponseEntity<RequestView> view(@PathVariable String requestId,
      @RequestParam(required = false) String taskId, HttpServletRequest http) {
    String justification = taskId != null ? "task:" + taskId : "request:" + requestId;
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(requests.view(requestId, CurrentStaff.get(), justification, http.getRemoteAddr()));
  }

  @GetMapping(BASE)
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  ResponseEntity<List<RequestSummary>> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
      @RequestParam(required = false) Boolean overdue, HttpServletRequest http) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(requests.list(CurrentStaff.get(), status, type, dueBefore, overdue, http.getRemoteAddr()));
  }

  @PostMapping(path = BASE + "/{requestId}/amendment-received", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('CLERKS')")
  RequestView amendmentReceived(@PathVariable String requestId, @RequestBody AmendmentReceived body,
      HttpServletRequest http) {
    return requests.amendmentReceived(requestId, body, CurrentStaff.get(), http.getRemoteAddr());
  }

  @PostMapping(path = BASE + "/{requestId}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS')")
  RequestView extend(@PathVariable String requestId, @RequestBody ExtensionRequest body, HttpServletRequest http) {
    return requests.extend(requestId, body, CurrentStaff.get(), http.getRemoteAddr());
  }

  @GetMapping(path = BASE + "/{requestId}/letters/{letterId}", produces = MediaType.APPLICATION_PDF_VALUE)
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  ResponseEntity<byte[]> letter(@PathVariable String requestId, @PathVariable String letterId,
      HttpServletRequest http) {
    return download(requests.letter(requestId, letterId, CurrentStaff.get(), http.getRemoteAddr()),
        MediaType.APPLICATION_PDF, "letter-" + letterId + ".pdf");
  }

  @GetMapping(path = BASE + "/{requestId}/disclosed-information.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS')")
  ResponseEntity<byte[]> disclosedPdf(@PathVariable String requestId, HttpServletRequest http) {
    return download(disclosed.pdf(requestId, CurrentStaff.get(), http.getRemoteAddr()), MediaType.APPLICATION_PDF,
        "disclosed-information-" + requestId + ".pdf");
  }

  @GetMapping(path = BASE + "/{requestId}/disclosed-information.csv", produces = "text/csv")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS')")
  ResponseEntity<byte[]> disclosedCsv(@PathVariable String requestId, HttpServletRequest http) {
    byte[] csv = disclosed.csv(requestId, CurrentStaff.get(), http.getRemoteAddr())
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return download(csv, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
        "disclosed-information-" + requestId + ".csv");
  }

  static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").body(body);
  }
}
