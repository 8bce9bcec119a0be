package jp.vaccinationoffice.caseserver.search;

import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A search by a member of staff, in their municipality's index only, logged with the question and
 * the hits: the one way the case API and the staff screens search.
 */
@Service
public class StaffSearch {

  private final SearchService search;
  private final SearchLog searchLog;
  private final NameKeys nameKeys = NameKeys.standard();

  StaffSearch(SearchService search, SearchLog searchLog) {
    this.search = search;
    this.searchLog = searchLog;
  }

  /** The hits; 400 for a question that cannot be asked, 503 while the search engine cannot be reached. */
  @Transactional
  public SearchService.Result search(StaffPrincipal staff, String q, String type, String status, String from,
      String to, String page, String size, String clientAddress) {
    SearchQuery query = SearchQuery.parse(q, type, status, from, to, page, size, nameKeys);
    SearchService.Result result;
    try {
      result = search.search(staff.municipalityCode(), query);
    } catch (SearchUnavailableException e) {
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
          "search is not available at the moment (the search engine cannot be reached); try again shortly, or open the case by its id");
    }
    searchLog.record(staff, query, result, clientAddress);
    return result;
  }
}
