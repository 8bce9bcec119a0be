package jp.vaccinationoffice.caseserver.portal.signin;

import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** マイページ: the signed-in resident's own page. Reading the name on it is logged. */
@Controller
class MyPage {

  private final ResidentAccounts accounts;
  private final AccessLog accessLog;

  MyPage(ResidentAccounts accounts, AccessLog accessLog) {
    this.accounts = accounts;
    this.accessLog = accessLog;
  }

  @GetMapping("/portal/mypage")
  String show(@AuthenticationPrincipal ResidentPrincipal resident, Model model, HttpServletRequest request) {
    accessLog.record(new AccessEntry("resident:" + resident.residentId(), resident.municipalityCode(),
        AccessAction.READ, "RESIDENT_ACCOUNT", resident.residentId(), "portal:mypage", request.getRemoteAddr()));
    model.addAttribute("residentName", accounts.nameOf(resident));
    return "portal/mypage";
  }
}
