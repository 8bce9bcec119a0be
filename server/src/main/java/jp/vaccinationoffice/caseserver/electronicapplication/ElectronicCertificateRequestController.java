package jp.vaccinationoffice.caseserver.electronicapplication;

import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where the kiosk and the app ask for a challenge and send a resident's application; for their accounts only. */
@RestController
class ElectronicCertificateRequestController {

  private final ElectronicCertificateRequests requests;

  ElectronicCertificateRequestController(ElectronicCertificateRequests requests) {
    this.requests = requests;
  }

  @PostMapping(path = "/api/electronic-certificate-requests/challenges")
  @PreAuthorize("hasRole('" + ChannelAccounts.ROLE + "')")
  ResponseEntity<ChallengeAnswer> challenge(Authentication authentication) {
    return ResponseEntity.status(HttpStatus.CREATED).body(requests.challenge(channel(authentication)));
  }

  @PostMapping(path = "/api/electronic-certificate-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('" + ChannelAccounts.ROLE + "')")
  ResponseEntity<ElectronicCertificateAnswer> apply(@RequestBody ElectronicCertificateRequest request,
      Authentication authentication, HttpServletRequest http) {
    ElectronicCertificateAnswer answer = requests.apply(channel(authentication), request, http.getRemoteAddr());
    return ResponseEntity.status(answer.certificateId() != null ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
  }

  private static ApplicationChannel channel(Authentication authentication) {
    String userId = authentication.getPrincipal() instanceof StaffPrincipal principal ? principal.userId() : null;
    return ApplicationChannel.ofUser(userId)
        .orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN, "only the kiosk and app accounts apply electronically"));
  }
}
