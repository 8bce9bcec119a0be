package jp.vaccinationoffice.caseserver.search;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: cases and requests of the caller's municipality by name, kana, birth date or reference. */
@RestController
class SearchController {

  private final StaffSearch search;

  SearchController(StaffSearch search) {
    this.search = search;
  }

  @GetMapping("/api/search")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  ResponseEntity<SearchService.Result> search(
      @Parameter(description = "name (kanji, kana or romaji; prefix or full name, with or without the space), "
          + "birth date (1990-04-01, 平成2年4月1日, H2.4.1) and/or a reference, separated by spaces")
      @RequestParam(required = false) String q,
      @Parameter(description = "document type: move-in, provision-inquiry, certificate-request, certificate, "
          + "disclosure-request, correction-request or suspension-request") @RequestParam(required = false) String type,
      @Parameter(description = "status code") @RequestParam(required = false) String status,
      @Parameter(description = "received on or after (yyyy-MM-dd)") @RequestParam(required = false) String from,
      @Parameter(description = "received on or before (yyyy-MM-dd)") @RequestParam(required = false) String to,
      @Parameter(description = "page, from 0 (at most 100)") @RequestParam(required = false) String page,
      @Parameter(description = "hits per page, 1 to 100 (20)") @RequestParam(required = false) String size,
      HttpServletRequest http) {
    SearchService.Result result = search.search(CurrentStaff.get(), q, type, status, from, to, page, size,
        http.getRemoteAddr());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(result);
  }
}
