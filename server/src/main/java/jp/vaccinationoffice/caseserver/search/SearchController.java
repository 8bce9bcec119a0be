package jp.vaccinationoffice.caseserver.search;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: cases and requests of the caller's municipality by name, kana, birth date or reference. */
@RestController
class SearchController {

  private final SearchService search;
  private final SearchLog searchLog;
  private final NameKeys nameKeys = NameKeys.standard();

  SearchController(SearchService search, SearchLog searchLog) {
    this.search = search;
    this.searchLog = searchLog;
  }

  @GetMapping("/api/search")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  @Transactional
  ResponseEntity<SearchService.Result> search(
      @Parameter(description = "name (kanji, kana or romaji; prefix or full name, with or without the space), "
          + "birth date (1990-04-01, 平成2年4月1日, H2.4.1) and/or a reference, separated by spaces")
      @RequestParam(required = false) String q,
      @Parameter(description = "document type, e.g. move-in, provision-inquiry") @RequestParam(required = false) String type,
      @Parameter(description = "status code") @RequestParam(required = false) String status,
      @Parameter(description = "received on or after (yyyy-MM-dd)") @RequestParam(required = false) String from,
      @Parameter(description = "received on or before (yyyy-MM-dd)") @RequestParam(required = false) String to,
      @Parameter(description = "page, from 0 (at most 100)") @RequestParam(required = false) String page,
      @Parameter(description = "hits per page, 1 to 100 (20)") @RequestParam(required = false) String size,
      HttpServletRequest http) {
    StaffPrincipal staff = CurrentStaff.get();
    SearchQuery query = SearchQuery.parse(q, type, status, from, to, page, size, nameKeys);
    SearchService.Result result;
    try {
      result = search.search(staff.municipalityCode(), query);
    } catch (SearchUnavailableException e) {
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
          "search is not available at the moment (the search engine cannot be reached); try again shortly, or open the case by its id");
    }
    searchLog.record(staff, query, result, http.getRemoteAddr());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(result);
  }
}
