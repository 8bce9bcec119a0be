package jp.vaccinationoffice.caseserver.portal.mypage;

import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.certificates.OwnCertificateRequest;
import jp.vaccinationoffice.caseserver.certificates.OwnCertificates;
import jp.vaccinationoffice.caseserver.personalinfo.OwnRequest;
import jp.vaccinationoffice.caseserver.personalinfo.OwnRequests;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * マイページ: the signed-in resident's requests and certificate requests with their status and
 * deadline, and a page for each with its letters, downloads and history. Every page is logged.
 */
@Controller
class MyPages {

  static final String REQUEST = "PERSONAL_INFORMATION_REQUEST";
  static final String CERTIFICATE_REQUEST = "CERTIFICATE_REQUEST";
  static final MyPageLabels LABELS = new MyPageLabels();

  private final ResidentAccess access;
  private final OwnRequests requests;
  private final OwnCertificates certificates;

  MyPages(ResidentAccess access, OwnRequests requests, OwnCertificates certificates) {
    this.access = access;
    this.requests = requests;
    this.certificates = certificates;
  }

  @GetMapping("/portal/mypage")
  String show(@AuthenticationPrincipal ResidentPrincipal resident, Model model, HttpServletRequest request) {
    String person = access.personIndex(resident);
    access.log(resident, AccessAction.READ, "RESIDENT_ACCOUNT", resident.residentId(), "portal:mypage", request);
    model.addAttribute("residentName", access.name(resident));
    model.addAttribute("requests", requests.of(resident.municipalityCode(), person));
    model.addAttribute("certificateRequests", certificates.of(resident.municipalityCode(), person));
    model.addAttribute("labels", LABELS);
    return "portal/mypage/index";
  }

  @GetMapping("/portal/mypage/requests/{requestId}")
  String request(@AuthenticationPrincipal ResidentPrincipal resident, @PathVariable String requestId,
      @RequestParam(required = false) String withdrawn, Model model, HttpServletRequest request) {
    OwnRequest own = requests.find(resident.municipalityCode(), access.personIndex(resident), requestId)
        .orElseThrow(() -> access.notFound(resident, REQUEST, requestId, "request", request));
    access.log(resident, AccessAction.READ, REQUEST, requestId, "portal:request", request);
    model.addAttribute("request", own);
    model.addAttribute("justWithdrawn", withdrawn != null && "WITHDRAWN".equals(own.status()));
    model.addAttribute("labels", LABELS);
    return "portal/mypage/request";
  }

  @GetMapping("/portal/mypage/certificate-requests/{requestId}")
  String certificateRequest(@AuthenticationPrincipal ResidentPrincipal resident, @PathVariable String requestId,
      Model model, HttpServletRequest request) {
    OwnCertificateRequest own = certificates.find(resident.municipalityCode(), access.personIndex(resident), requestId)
        .orElseThrow(() -> access.notFound(resident, CERTIFICATE_REQUEST, requestId, "certificate-request", request));
    access.log(resident, AccessAction.READ, CERTIFICATE_REQUEST, requestId, "portal:certificate-request", request);
    model.addAttribute("request", own);
    model.addAttribute("labels", LABELS);
    return "portal/mypage/certificate-request";
  }
}
