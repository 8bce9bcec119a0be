package jp.vaccinationoffice.caseserver.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.vaccinationoffice.caseserver.portal.session.ResidentSessionCookie;
import jp.vaccinationoffice.caseserver.portal.session.ResidentSessions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The portal's pages that need no procedure: the start page and signing out. */
@Controller
class PortalPages {

  private final ResidentSessions sessions;

  PortalPages(ResidentSessions sessions) {
    this.sessions = sessions;
  }

  @GetMapping({"/portal", "/portal/"})
  String start() {
    return "portal/index";
  }

  @PostMapping("/portal/sign-out")
  String signOut(HttpServletRequest request, HttpServletResponse response) {
    sessions.end(ResidentSessionCookie.read(request).orElse(null));
    ResidentSessionCookie.clear(response);
    return "redirect:/portal/signed-out";
  }

  @GetMapping("/portal/signed-out")
  String signedOut() {
    return "portal/signed-out";
  }
}
