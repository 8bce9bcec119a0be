package jp.vaccinationoffice.caseserver.portal;

import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page shows around its content: the office's name and whether one is signed in. */
@ControllerAdvice(basePackageClasses = PortalModel.class)
class PortalModel {

  private final String officeName;

  PortalModel(@Value("${portal.office-name}") String officeName) {
    this.officeName = officeName;
  }

  @ModelAttribute("officeName")
  String officeName() {
    return officeName;
  }

  @ModelAttribute("resident")
  ResidentPrincipal resident() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof ResidentPrincipal resident
        ? resident : null;
  }
}
