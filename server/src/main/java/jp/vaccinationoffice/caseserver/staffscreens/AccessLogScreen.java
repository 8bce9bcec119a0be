package jp.vaccinationoffice.caseserver.staffscreens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessLogPage;
import jp.vaccinationoffice.caseserver.accesslog.AccessLogQuery;
import jp.vaccinationoffice.caseserver.accesslog.AccessLogSearch;
import jp.vaccinationoffice.caseserver.accesslog.ChainVerifier;
import jp.vaccinationoffice.caseserver.accesslog.InvalidAccessLogQuery;
import jp.vaccinationoffice.caseserver.accesslog.UnjustifiedRead;
import jp.vaccinationoffice.caseserver.accesslog.UnjustifiedReads;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import jp.vaccinationoffice.common.OfficeTime;

/**
 * 操作ログ: the municipality's access log for auditors, filtered and paged, with the check of the
 * whole hash chain; and the report of reads without a business need (searches that led to no task
 * of the searcher included), through the same services as {@code /api/access-log}.
 */
@Controller
class AccessLogScreen {

  static final int PAGE_SIZE = 50;
  static final int REPORT_DAYS = 30;
  /** The report examines every read of its period against the engine's history: a year at most at once. */
  static final int MAX_REPORT_DAYS = 366;

  private final AccessLogSearch search;
  private final ChainVerifier verifier;
  private final UnjustifiedReads unjustifiedReads;

  AccessLogScreen(AccessLogSearch search, ChainVerifier verifier, UnjustifiedReads unjustifiedReads) {
    this.search = search;
    this.verifier = verifier;
    this.unjustifiedReads = unjustifiedReads;
  }

  @GetMapping("/staff/access-log")
  @PreAuthorize("hasRole('AUDITORS')")
  String log(@RequestParam(required = false) String userId, @RequestParam(required = false) String subjectType,
      @RequestParam(required = false) String subjectId, @RequestParam(required = false) String action,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String page, Model model) {
    FilterForm form = new FilterForm();
    Map<String, String> filters = filters("userId", userId, "subjectType", subjectType, "subjectId", subjectId,
        "action", action, "from", from, "to", to);
    String user = form.id("userId", userId);
    String type = form.id("subjectType", subjectType);
    String subject = form.id("subjectId", subjectId);
    AccessAction accessAction = action(form, action);
    LocalDate fromDay = form.date("from", from);
    LocalDate toDay = form.date("to", to);
    form.inOrder("to", fromDay, toDay);
    int pageNumber = page(form, page);
    model.addAttribute("filters", filters);
    model.addAttribute("errors", form.errors());
    model.addAttribute("actions", AccessAction.values());
    model.addAttribute("subjectTypes", ScreenWords.SUBJECT_TYPES);
    model.addAttribute("chain", verifier.verify());
    if (form.isValid()) {
      AccessLogPage<?> rows = search.find(new AccessLogQuery(CurrentStaff.get().municipalityCode(), user, type, subject,
          accessAction, start(fromDay), start(toDay == null ? null : toDay.plusDays(1)), pageNumber, PAGE_SIZE));
      model.addAttribute("rows", rows);
      model.addAttribute("pages", pages(rows.total()));
      model.addAttribute("pageLink", pageLink("/staff/access-log", filters));
    }
    return "staff/access-log";
  }

  @GetMapping("/staff/access-log/unjustified-reads")
  @PreAuthorize("hasAnyRole('AUDITORS', 'SUPERVISORS')")
  String unjustified(@RequestParam(required = false) String userId, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model) {
    FilterForm form = new FilterForm();
    boolean asked = from != null || to != null;
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    String user = form.id("userId", userId);
    LocalDate fromDay = asked ? form.date("from", from) : today.minusDays(REPORT_DAYS);
    LocalDate toDay = asked ? form.date("to", to) : today;
    form.inOrder("to", fromDay, toDay);
    LocalDate first = fromDay == null ? today.minusDays(REPORT_DAYS) : fromDay;
    LocalDate last = toDay == null ? today : toDay;
    if (form.isValid() && first.plusDays(MAX_REPORT_DAYS).isBefore(last)) {
      form.refuse("from", "期間は" + MAX_REPORT_DAYS + "日以内にしてください。");
    }
    int pageNumber = page(form, page);
    Map<String, String> filters = filters("userId", userId, "from", asked ? from : fromDay.toString(),
        "to", asked ? to : toDay.toString());
    model.addAttribute("filters", filters);
    model.addAttribute("errors", form.errors());
    List<UnjustifiedRead> found = List.of();
    if (form.isValid()) {
      try {
        found = unjustifiedReads.find(CurrentStaff.get().municipalityCode(), start(first), start(last.plusDays(1))).stream()
            .filter(read -> user == null || user.equals(read.userId())).toList();
      } catch (InvalidAccessLogQuery tooMany) {
        form.refuse("from", "この期間の閲覧は多すぎて一度に確かめられません。期間を短くしてください。");
      }
    }
    if (form.isValid()) {
      int firstRead = Math.min(pageNumber * PAGE_SIZE, found.size());
      model.addAttribute("reads", found.subList(firstRead, Math.min(firstRead + PAGE_SIZE, found.size())));
      model.addAttribute("total", found.size());
      model.addAttribute("page", pageNumber);
      model.addAttribute("pages", pages(found.size()));
      model.addAttribute("pageLink", pageLink("/staff/access-log/unjustified-reads", filters));
    }
    return "staff/unjustified-reads";
  }

  private static AccessAction action(FilterForm form, String action) {
    if (action == null || action.isBlank()) {
      return null;
    }
    try {
      return AccessAction.valueOf(action);
    } catch (IllegalArgumentException e) {
      form.refuse("action", "一覧から操作の種類を選んでください。");
      return null;
    }
  }

  private static int page(FilterForm form, String page) {
    if (page == null || page.isBlank()) {
      return 0;
    }
    if (!page.matches("\\d{1,6}")) {
      form.refuse("page", "ページの番号が正しくありません。");
      return 0;
    }
    return Integer.parseInt(page);
  }

  private static Instant start(LocalDate day) {
    return day == null ? null : day.atStartOfDay(OfficeTime.ZONE).toInstant();
  }

  private static int pages(long total) {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  private static Map<String, String> filters(String... namesAndValues) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      filters.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
    }
    return filters;
  }

  /** The link to a page of the same filters, with the page number to be appended. */
  private static String pageLink(String path, Map<String, String> filters) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
    filters.forEach((name, value) -> {
      if (!value.isEmpty()) {
        link.queryParam(name, value);
      }
    });
    return link.queryParam("page", "").encode().build().toUriString();
  }
}
