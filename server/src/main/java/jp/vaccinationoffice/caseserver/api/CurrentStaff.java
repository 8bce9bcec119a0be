package jp.vaccinationoffice.caseserver.api;

import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in member of staff of the current request. */
public final class CurrentStaff {

  private CurrentStaff() {}

  public static StaffPrincipal get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)) {
      throw new IllegalStateException("no signed-in member of staff");
    }
    if (staff.municipalityCode() == null) {
      throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN,
          "your account belongs to no municipality");
    }
    return staff;
  }
}
