package jp.vaccinationoffice.caseserver.movein;

import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MoveInQueryController {

  private final MoveInIntake intake;

  MoveInQueryController(MoveInIntake intake) {
    this.intake = intake;
  }

  @PostMapping(path = "/api/move-in-queries", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('CLERKS')")
  MoveInReceipt receive(@RequestBody MoveInRequest request, HttpServletRequest http) {
    return intake.receive(request, CurrentStaff.get(), http.getRemoteAddr());
  }
}
