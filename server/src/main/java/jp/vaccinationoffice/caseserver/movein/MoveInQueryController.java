package jp.vaccinationoffice.caseserver.movein;

import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MoveInQueryController {

  private final MoveInIntake intake;

  MoveInQueryController(MoveInIntake intake) {
    this.intake = intake;
  }

  @PostMapping(path = "/api/move-in-queries", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('CLERKS')")
  ResponseEntity<MoveInReceipt> receive(@RequestBody MoveInRequest request,
      @RequestHeader(name = IdempotentRequests.KEY_HEADER, required = false) String idempotencyKey,
      HttpServletRequest http) {
    Outcome<MoveInReceipt> outcome = intake.receive(request, idempotencyKey, CurrentStaff.get(), http.getRemoteAddr());
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.CREATED);
    if (outcome.replayed()) {
      answer.header(IdempotentRequests.REPLAYED_HEADER, "true");
    }
    return answer.body(outcome.answer());
  }
}
