package jp.vaccinationoffice.caseserver.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accesslog.AccessSubjects;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every search: one access-log row ({@code SEARCH}, subject {@code SEARCH} and the search's id) and
 * its search-log row with the question, the filters, the number of hits and the documents shown.
 */
@Component
class SearchLog {

  private final JdbcTemplate jdbc;
  private final AccessLog accessLog;
  private final Clock clock;

  SearchLog(JdbcTemplate jdbc, AccessLog accessLog, Clock clock) {
    this.jdbc = jdbc;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  String record(StaffPrincipal staff, SearchQuery query, SearchService.Result result, String clientAddress) {
    String searchId = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO search_log (id, municipality_code, user_id, asked_at, query_text, filters, hits)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        searchId, staff.municipalityCode(), staff.userId(), Timestamp.from(clock.instant()), query.text(),
        query.filters(), result.total());
    Set<SearchService.Found> shown = new LinkedHashSet<>(result.hits());
    for (SearchService.Found hit : shown) {
      jdbc.update("INSERT INTO search_log_hit (search_id, document_type, document_id) VALUES (?, ?, ?)",
          searchId, hit.type(), hit.id());
    }
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.SEARCH,
        AccessSubjects.SEARCH, searchId, null, clientAddress));
    return searchId;
  }
}
