package jp.vaccinationoffice.caseserver.staffscreens;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.provision.ProvisionRecordSearch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jp.vaccinationoffice.common.OfficeTime;

/**
 * 情報提供等の記録: every provision of the municipality's records to another body, filtered by
 * inquiry, person and period, through the same logged search as {@code GET /api/provision-records}.
 * Nothing is searched until the screen is asked to: opening it lists the last 30 days.
 */
@Controller
@PreAuthorize("hasAnyRole('AUDITORS', 'SUPERVISORS')")
class ProvisionRecordsScreen {

  static final int DEFAULT_DAYS = 30;

  private final ProvisionRecordSearch records;

  ProvisionRecordsScreen(ProvisionRecordSearch records) {
    this.records = records;
  }

  @GetMapping("/staff/provision-records")
  String list(@RequestParam(required = false) String inquiryId, @RequestParam(required = false) String personId,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
      HttpServletRequest http) {
    boolean asked = inquiryId != null || personId != null || from != null || to != null;
    FilterForm form = new FilterForm();
    String inquiry = form.id("inquiryId", inquiryId);
    String person = form.id("personId", personId);
    LocalDate fromDay = asked ? form.date("from", from) : LocalDate.now(OfficeTime.ZONE).minusDays(DEFAULT_DAYS);
    LocalDate toDay = form.date("to", to);
    form.inOrder("to", fromDay, toDay);
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("inquiryId", inquiryId == null ? "" : inquiryId);
    filters.put("personId", personId == null ? "" : personId);
    filters.put("from", asked ? (from == null ? "" : from) : fromDay.toString());
    filters.put("to", to == null ? "" : to);
    model.addAttribute("filters", filters);
    model.addAttribute("errors", form.errors());
    if (form.isValid()) {
      model.addAttribute("records", records.list(CurrentStaff.get(), inquiry, person, fromDay, toDay, http.getRemoteAddr()));
    }
    return "staff/provision-records";
  }
}
