package jp.vaccinationoffice.caseserver.staffscreens;

import jp.vaccinationoffice.caseserver.security.StaffGroups;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.Municipalities;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every staff screen shows around its content: who is signed in, for which municipality. */
@ControllerAdvice(basePackageClasses = StaffScreensModel.class)
class StaffScreensModel {

  /** The signed-in member of staff as the screens show them. */
  record StaffOnScreen(String userId, String municipalityName, boolean clerk, boolean supervisor, boolean auditor) {}

  @ModelAttribute("staff")
  StaffOnScreen staff() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)) {
      return null;
    }
    String municipality = staff.municipalityCode() == null ? ""
        : Municipalities.nameOf(staff.municipalityCode()).orElse(staff.municipalityCode());
    return new StaffOnScreen(staff.userId(), municipality, staff.isMemberOf(StaffGroups.CLERKS),
        staff.isMemberOf(StaffGroups.SUPERVISORS), staff.isMemberOf(StaffGroups.AUDITORS));
  }
}
