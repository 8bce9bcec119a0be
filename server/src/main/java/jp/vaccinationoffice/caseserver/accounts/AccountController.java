package jp.vaccinationoffice.caseserver.accounts;

import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own account. Changing the password is the one request a person with an
 * expired password may make; the current password is the one they signed in with (HTTP Basic).
 */
@RestController
@RequestMapping("/api/account")
class AccountController {

  record PasswordChange(String newPassword) {}

  private final PasswordChanges passwordChanges;

  AccountController(PasswordChanges passwordChanges) {
    this.passwordChanges = passwordChanges;
  }

  @PutMapping(path = "/password", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> changePassword(@AuthenticationPrincipal StaffPrincipal staff, @RequestBody PasswordChange change) {
    passwordChanges.change(staff.userId(), change.newPassword());
    return ResponseEntity.noContent().build();
  }
}
