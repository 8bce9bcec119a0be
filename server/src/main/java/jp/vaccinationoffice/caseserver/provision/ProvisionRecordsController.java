package jp.vaccinationoffice.caseserver.provision;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.provision.ProvisionRecordSearch.ProvisionRecordView;
import jp.vaccinationoffice.caseserver.api.DayParameters;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/provision-records}: the records of provision, filtered, for auditors and supervisors. */
@RestController
class ProvisionRecordsController {

  private final ProvisionRecordSearch records;

  ProvisionRecordsController(ProvisionRecordSearch records) {
    this.records = records;
  }

  @GetMapping("/api/provision-records")
  @PreAuthorize("hasAnyRole('AUDITORS', 'SUPERVISORS')")
  ResponseEntity<List<ProvisionRecordView>> list(
      @RequestParam(required = false) @Size(max = ProvisionRecordSearch.MAX_ID_LENGTH) String inquiryId,
      @RequestParam(required = false) @Size(max = ProvisionRecordSearch.MAX_ID_LENGTH) String personId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletRequest http) {
    DayParameters.requireWithin("from", from);
    DayParameters.requireWithin("to", to);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(records.list(CurrentStaff.get(), inquiryId, personId, from, to, http.getRemoteAddr()));
  }
}
