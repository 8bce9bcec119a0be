package jp.vaccinationoffice.caseserver.accounts;

import jp.vaccinationoffice.caseserver.security.StaffGroups;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators' account operations. The body is required JSON so that a cross-site form cannot
 * trigger them with credentials a browser remembers.
 */
@RestController
@RequestMapping("/api/admin/users")
class StaffAdministrationController {

  record DisableRequest(String reason) {}

  private final StaffDisabling disabling;

  StaffAdministrationController(StaffDisabling disabling) {
    this.disabling = disabling;
  }

  @PostMapping(path = "/{userId}/disable", consumes = MediaType.APPLICATION_JSON_VALUE)
  StaffDisabling.Disabled disable(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String userId,
      @RequestBody DisableRequest request) {
    if (!staff.isMemberOf(StaffGroups.ADMINS)) {
      throw new AccountRefusal(HttpStatus.FORBIDDEN, "forbidden", "Only administrators may disable accounts.");
    }
    return disabling.disable(userId, staff.userId(), request.reason());
  }
}
