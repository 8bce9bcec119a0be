package jp.vaccinationoffice.caseserver.search;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
  private final Set<String> types;

  StaffSearch(SearchService search, SearchLog searchLog, List<SearchDocumentSource> sources) {
    this.search = search;
    this.searchLog = searchLog;
    this.types = sources.stream().map(SearchDocumentSource::type).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The document types a search may be narrowed to ({@code type=}). */
  public Set<String> types() {
    return Collections.unmodifiableSet(types);
  }

  /** The hits; 400 for a question that cannot be asked, 503 while the search engine cannot be reached. */
  @Transactional
  public SearchService.Result search(StaffPrincipal staff, String q, String type, String status, String from,
      String to, String page, String size, String clientAddress) {
    SearchQuery query = SearchQuery.parse(q, type, status, from, to, page, size, nameKeys);
    if (query.type() != null && !types.contains(query.type())) {
      throw ApiException.badRequest("type is none of the document types: " + String.join(", ", types));
    }
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
