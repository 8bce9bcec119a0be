package jp.vaccinationoffice.caseserver.staffscreens;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.search.StaffSearch;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 案件検索: the search box of the staff screens, through the same search as {@code GET /api/search}
 * (the staff's municipality only, every search logged).
 */
@Controller
@PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
class SearchScreen {

  private static final Map<String, String> TYPES = Map.of(
      "move-in", "転入者の接種記録照会", "provision-inquiry", "接種記録の提供");

  private final StaffSearch search;

  SearchScreen(StaffSearch search) {
    this.search = search;
  }

  @GetMapping("/staff/search")
  String search(@RequestParam(required = false) String q, Model model, HttpServletRequest http) {
    model.addAttribute("q", q);
    model.addAttribute("types", TYPES);
    if (q != null && !q.isBlank()) {
      try {
        model.addAttribute("result", search.search(CurrentStaff.get(), q, null, null, null, null, null, null,
            http.getRemoteAddr()));
      } catch (ApiException refused) {
        model.addAttribute("error", refused.status() == HttpStatus.SERVICE_UNAVAILABLE
            ? "ただいま検索できません。時間をおいてもう一度お試しいただくか、受付番号から案件を開いてください。"
            : "この語では検索できません。氏名、生年月日、受付番号で検索してください（個人番号では検索できません）。");
      }
    }
    return "staff/search";
  }
}
