package jp.vaccinationoffice.caseserver.movein;

import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResidentCorrectionController {

  private final ResidentCorrection correction;

  ResidentCorrectionController(ResidentCorrection correction) {
    this.correction = correction;
  }

  @PutMapping(path = "/api/move-in-queries/{caseId}/resident", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasRole('CLERKS')")
  void correct(@PathVariable String caseId, @RequestBody MoveInRequest.Resident resident, HttpServletRequest http) {
    correction.correct(caseId, resident, CurrentStaff.get(), http.getRemoteAddr());
  }
}
