package jp.vaccinationoffice.caseserver.staffscreens;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
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

  private final StaffSearch search;

  SearchScreen(StaffSearch search) {
    this.search = search;
  }

  @GetMapping("/staff/search")
  String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type, Model model,
      HttpServletRequest http) {
    String chosenType = type == null || type.isBlank() ? null : type;
    model.addAttribute("q", q);
    model.addAttribute("type", chosenType);
    model.addAttribute("types", SearchLabels.TYPES);
    model.addAttribute("statusLabel", (Function<String, String>) SearchLabels::status);
    if (chosenType != null && !SearchLabels.TYPES.containsKey(chosenType)) {
      model.addAttribute("typeError", "種類は一覧から選んでください。");
      return "staff/search";
    }
    if (q != null && !q.isBlank() || chosenType != null) {
      try {
        model.addAttribute("result", search.search(CurrentStaff.get(), q, chosenType, null, null, null, null, null,
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
