package jp.vaccinationoffice.caseserver.certificates;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests.Outcome;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Certificate requests and certificates for staff; every read and change is access-logged. */
@RestController
class CertificateController {

  static final String SMART_HEALTH_CARD = "application/smart-health-card";

  private final CertificateIntake intake;
  private final CertificateViews views;
  private final IssuedCertificates issued;
  private final CertificateReissues reissues;
  private final AccessLog accessLog;

  CertificateController(CertificateIntake intake, CertificateViews views, IssuedCertificates issued,
      CertificateReissues reissues, AccessLog accessLog) {
    this.intake = intake;
    this.views = views;
    this.issued = issued;
    this.reissues = reissues;
    this.accessLog = accessLog;
  }

  @PostMapping(path = "/api/certificate-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('CLERKS')")
  ResponseEntity<CertificateReceipt> receive(@RequestBody CertificateRequest request,
      @RequestHeader(name = IdempotentRequests.KEY_HEADER, required = false) String idempotencyKey,
      HttpServletRequest http) {
    Outcome<CertificateReceipt> outcome = intake.receive(request, idempotencyKey, CurrentStaff.get(),
        http.getRemoteAddr());
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.CREATED);
    if (outcome.replayed()) {
      answer.header(IdempotentRequests.REPLAYED_HEADER, "true");
    }
    return answer.body(outcome.answer());
  }

  @GetMapping("/api/certificate-requests/{requestId}")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  Map<String, Object> request(@PathVariable String requestId, HttpServletRequest http) {
    StaffPrincipal staff = CurrentStaff.get();
    Map<String, Object> view = views.request(staff.municipalityCode(), requestId);
    log(staff, AccessAction.READ, "CERTIFICATE_REQUEST", requestId, requestId, http);
    return view;
  }

  @GetMapping("/api/certificates/{certificateId}")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  Map<String, Object> certificate(@PathVariable String certificateId, HttpServletRequest http) {
    StaffPrincipal staff = CurrentStaff.get();
    CertificateRecords.Stored certificate = issued.find(staff.municipalityCode(), certificateId);
    log(staff, AccessAction.READ, "CERTIFICATE", certificateId, certificate.caseId(), http);
    return views.certificate(certificate);
  }

  @GetMapping(path = "/api/certificates/{certificateId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  ResponseEntity<byte[]> pdf(@PathVariable String certificateId, HttpServletRequest http) {
    StaffPrincipal staff = CurrentStaff.get();
    CertificateRecords.Stored certificate = issued.find(staff.municipalityCode(), certificateId);
    byte[] pdf = issued.render(certificate);
    log(staff, AccessAction.EXPORT, "CERTIFICATE", certificateId, certificate.caseId(), http);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "attachment; filename=\"certificate-" + certificateId + ".pdf\"").body(pdf);
  }

  @GetMapping(path = "/api/certificates/{certificateId}/smart-health-card", produces = SMART_HEALTH_CARD)
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  ResponseEntity<String> smartHealthCard(@PathVariable String certificateId, HttpServletRequest http) {
    StaffPrincipal staff = CurrentStaff.get();
    CertificateRecords.Stored certificate = issued.find(staff.municipalityCode(), certificateId);
    String card = issued.smartHealthCard(certificate);
    log(staff, AccessAction.EXPORT, "CERTIFICATE", certificateId, certificate.caseId(), http);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(SMART_HEALTH_CARD))
        .header("Content-Disposition", "attachment; filename=\"certificate-" + certificateId + ".smart-health-card\"")
        .body(card);
  }

  @PostMapping(path = "/api/certificates/{certificateId}/reissue", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('CLERKS')")
  ResponseEntity<CertificateReissues.Reissued> reissue(@PathVariable String certificateId,
      @RequestBody CertificateReissues.ReissueRequest request, HttpServletRequest http) {
    StaffPrincipal staff = CurrentStaff.get();
    CertificateReissues.Reissued reissued = reissues.reissue(staff.municipalityCode(), certificateId, request,
        staff.userId());
    log(staff, AccessAction.CREATE, "CERTIFICATE", reissued.certificateId(), certificateId, http);
    return ResponseEntity.status(HttpStatus.CREATED).body(reissued);
  }

  private void log(StaffPrincipal staff, AccessAction action, String type, String id, String caseId,
      HttpServletRequest http) {
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), action, type, id, "case:" + caseId,
        http.getRemoteAddr()));
  }
}
