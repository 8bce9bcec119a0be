package jp.vaccinationoffice.caseserver.portal.mypage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.personalinfo.OwnRequest;
import jp.vaccinationoffice.caseserver.personalinfo.OwnRequests;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Withdrawing (取下げ) one's own request before it is decided: a page that says what withdrawing
 * means and asks to confirm, and the form's POST (with its CSRF token) that ends the request.
 */
@Controller
class Withdrawals {

  private static final String PATH = "/portal/mypage/requests/{requestId}/withdrawal";
  private static final String NOT_OPEN = "この請求は、すでに決定したか手続が終わっているため、取り下げることはできません。";
  private static final String TRY_AGAIN = "ちょうど同じときに市の手続が進んだため、取り下げられませんでした。もう一度お試しください。";

  private final ResidentAccess access;
  private final OwnRequests requests;

  Withdrawals(ResidentAccess access, OwnRequests requests) {
    this.access = access;
    this.requests = requests;
  }

  @GetMapping(PATH)
  String confirm(@AuthenticationPrincipal ResidentPrincipal resident, @PathVariable String requestId, Model model,
      HttpServletRequest request) {
    OwnRequest own = own(resident, requestId, request);
    access.log(resident, AccessAction.READ, MyPages.REQUEST, requestId, "portal:withdrawal", request);
    return page(model, own, own.withdrawable() ? null : NOT_OPEN);
  }

  @PostMapping(PATH)
  String withdraw(@AuthenticationPrincipal ResidentPrincipal resident, @PathVariable String requestId, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    OwnRequest own = own(resident, requestId, request);
    OwnRequests.Withdrawal outcome = requests.withdraw(resident.municipalityCode(), access.personIndex(resident),
        requestId, ResidentAccess.actor(resident));
    if (outcome == OwnRequests.Withdrawal.NOT_FOUND) {
      throw access.notFound(resident, MyPages.REQUEST, requestId, "withdrawal", request);
    }
    boolean withdrawn = outcome == OwnRequests.Withdrawal.WITHDRAWN;
    access.log(resident, withdrawn ? AccessAction.UPDATE : AccessAction.REFUSE, MyPages.REQUEST, requestId,
        "portal:withdrawal:" + outcome.name().toLowerCase(Locale.ROOT), request);
    if (withdrawn) {
      return "redirect:/portal/mypage/requests/" + requestId + "?withdrawn";
    }
    response.setStatus(HttpStatus.CONFLICT.value());
    return page(model, own, outcome == OwnRequests.Withdrawal.TRY_AGAIN ? TRY_AGAIN : NOT_OPEN);
  }

  private OwnRequest own(ResidentPrincipal resident, String requestId, HttpServletRequest request) {
    return requests.find(resident.municipalityCode(), access.personIndex(resident), requestId)
        .orElseThrow(() -> access.notFound(resident, MyPages.REQUEST, requestId, "withdrawal", request));
  }

  private static String page(Model model, OwnRequest own, String refusal) {
    model.addAttribute("request", own);
    model.addAttribute("refusal", refusal);
    model.addAttribute("labels", MyPages.LABELS);
    return "portal/mypage/withdrawal";
  }
}
