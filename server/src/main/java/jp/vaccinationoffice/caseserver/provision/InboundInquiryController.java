package jp.vaccinationoffice.caseserver.provision;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where VRS delivers inquiries addressed to this office; only the VRS system account may call it. */
@RestController
class InboundInquiryController {

  private final ProvisionInquiries inquiries;

  InboundInquiryController(ProvisionInquiries inquiries) {
    this.inquiries = inquiries;
  }

  @PostMapping(path = "/api/vrs/inbound-inquiries", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('" + VrsSystemAccount.ROLE + "')")
  ResponseEntity<Map<String, Object>> receive(@RequestBody InboundInquiry inquiry) {
    boolean created = inquiries.receive(inquiry);
    return ResponseEntity.status(created ? HttpStatus.ACCEPTED : HttpStatus.OK)
        .body(Map.of("inquiryId", inquiry.inquiryId(), "accepted", true, "duplicate", !created));
  }
}
