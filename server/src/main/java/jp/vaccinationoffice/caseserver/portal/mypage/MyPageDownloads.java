package jp.vaccinationoffice.caseserver.portal.mypage;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.certificates.OwnCertificates;
import jp.vaccinationoffice.caseserver.personalinfo.OwnRequests;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What a resident downloads from マイページ: the letters of a request, what a disclosure disclosed
 * (PDF, and CSV for an electronic copy), and a certificate as PDF, SMART Health Card file and QR
 * code image. Each download is logged; nothing is kept by the browser's cache.
 */
@Controller
class MyPageDownloads {

  private static final String CERTIFICATE = "CERTIFICATE";
  private static final MediaType SMART_HEALTH_CARD = MediaType.parseMediaType("application/smart-health-card");
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final ResidentAccess access;
  private final OwnRequests requests;
  private final OwnCertificates certificates;

  MyPageDownloads(ResidentAccess access, OwnRequests requests, OwnCertificates certificates) {
    this.access = access;
    this.requests = requests;
    this.certificates = certificates;
  }

  @GetMapping("/portal/mypage/requests/{requestId}/letters/{letterId}.pdf")
  ResponseEntity<byte[]> letter(@AuthenticationPrincipal ResidentPrincipal resident, @PathVariable String requestId,
      @PathVariable String letterId, HttpServletRequest request) {
    byte[] pdf = found(requests.letter(resident.municipalityCode(), access.personIndex(resident), requestId, letterId),
        resident, MyPages.REQUEST, requestId, "letter", request);
    access.log(resident, AccessAction.EXPORT, MyPages.REQUEST, requestId, "portal:letter:" + letterId, request);
    return download(pdf, MediaType.APPLICATION_PDF, "letter-" + letterId + ".pdf");
  }

  @GetMapping("/portal/mypage/requests/{requestId}/disclosed-information.pdf")
  ResponseEntity<byte[]> disclosedPdf(@AuthenticationPrincipal ResidentPrincipal resident,
      @PathVariable String requestId, HttpServletRequest request) {
    byte[] pdf = found(requests.disclosedPdf(resident.municipalityCode(), access.personIndex(resident), requestId),
        resident, MyPages.REQUEST, requestId, "disclosed-information", request);
    access.log(resident, AccessAction.EXPORT, MyPages.REQUEST, requestId, "portal:disclosed-information.pdf", request);
    return download(pdf, MediaType.APPLICATION_PDF, "disclosed-information-" + requestId + ".pdf");
  }

  @GetMapping("/portal/mypage/requests/{requestId}/disclosed-information.csv")
  ResponseEntity<byte[]> disclosedCsv(@AuthenticationPrincipal ResidentPrincipal resident,
      @PathVariable String requestId, HttpServletRequest request) {
    String csv = found(requests.disclosedCsv(resident.municipalityCode(), access.personIndex(resident), requestId),
        resident, MyPages.REQUEST, requestId, "disclosed-information", request);
    access.log(resident, AccessAction.EXPORT, MyPages.REQUEST, requestId, "portal:disclosed-information.csv", request);
    return download(csv.getBytes(StandardCharsets.UTF_8), CSV, "disclosed-information-" + requestId + ".csv");
  }

  @GetMapping("/portal/mypage/certificates/{certificateId}.pdf")
  ResponseEntity<byte[]> certificatePdf(@AuthenticationPrincipal ResidentPrincipal resident,
      @PathVariable String certificateId, HttpServletRequest request) {
    byte[] pdf = found(certificates.pdf(resident.municipalityCode(), access.personIndex(resident), certificateId),
        resident, CERTIFICATE, certificateId, "certificate", request);
    access.log(resident, AccessAction.EXPORT, CERTIFICATE, certificateId, "portal:certificate.pdf", request);
    return download(pdf, MediaType.APPLICATION_PDF, "certificate-" + certificateId + ".pdf");
  }

  @GetMapping("/portal/mypage/certificates/{certificateId}.smart-health-card")
  ResponseEntity<byte[]> smartHealthCard(@AuthenticationPrincipal ResidentPrincipal resident,
      @PathVariable String certificateId, HttpServletRequest request) {
    String card = found(certificates.smartHealthCard(resident.municipalityCode(), access.personIndex(resident),
        certificateId), resident, CERTIFICATE, certificateId, "certificate", request);
    access.log(resident, AccessAction.EXPORT, CERTIFICATE, certificateId, "portal:certificate.smart-health-card",
        request);
    return download(card.getBytes(StandardCharsets.UTF_8), SMART_HEALTH_CARD,
        "certificate-" + certificateId + ".smart-health-card");
  }

  /** The QR code the certificate page shows: an image for the page, not an attachment. */
  @GetMapping("/portal/mypage/certificates/{certificateId}/qr-code.png")
  ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal ResidentPrincipal resident,
      @PathVariable String certificateId, HttpServletRequest request) {
    byte[] png = found(certificates.qrCodePng(resident.municipalityCode(), access.personIndex(resident),
        certificateId), resident, CERTIFICATE, certificateId, "certificate", request);
    access.log(resident, AccessAction.EXPORT, CERTIFICATE, certificateId, "portal:certificate.qr-code", request);
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
  }

  private <T> T found(Optional<T> document, ResidentPrincipal resident, String subjectType, String subjectId,
      String what, HttpServletRequest request) {
    return document.orElseThrow(() -> access.notFound(resident, subjectType, subjectId, what, request));
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }
}
