package jp.vaccinationoffice.caseserver.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.springframework.stereotype.Service;

/** Runs a search in one municipality's index. */
@Service
public class SearchService {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchService.class);

  private final SearchCluster cluster;
  private final SearchIndexes indexes;

  SearchService(SearchCluster cluster, SearchIndexes indexes) {
    this.cluster = cluster;
    this.indexes = indexes;
  }

  public record Found(String type, String id, String status, String receptionNumber, LocalDate receivedOn,
      LocalDate deadline, String assignee, String name, String nameKana, String nameRoman, LocalDate birthDate) {}

  public record Result(long total, int page, int size, List<Found> hits) {}

  /** The hits in {@code municipalityCode}'s index only (the caller passes the signed-in staff's). */
  @SuppressWarnings("rawtypes")
  public Result search(String municipalityCode, SearchQuery query) {
    String index = indexes.indexOf(municipalityCode);
    BoolQuery.Builder bool = new BoolQuery.Builder();
    bool.filter(term("municipality", municipalityCode));
    if (query.nameKey() != null) {
      bool.must(Query.of(q -> q.bool(names -> names
          .should(Query.of(s -> s.term(t -> t.field("name_keys").value(FieldValue.of(query.nameKey())).boost(2f))))
          .should(Query.of(s -> s.prefix(p -> p.field("name_keys").value(query.nameKey()))))
          .minimumShouldMatch("1"))));
    }
    if (query.birthDate() != null) {
      bool.filter(term("birth_date", query.birthDate().toString()));
    }
    if (query.reference() != null) {
      bool.filter(Query.of(q -> q.bool(refs -> refs
          .should(term("reception_number", query.reference()))
          .should(term("id", query.reference()))
          .minimumShouldMatch("1"))));
    }
    if (query.type() != null) {
      bool.filter(term("type", query.type()));
    }
    if (query.status() != null) {
      bool.filter(term("status", query.status()));
    }
    if (query.from() != null || query.to() != null) {
      bool.filter(Query.of(q -> q.range(r -> {
        r.field("received_on");
        if (query.from() != null) {
          r.gte(JsonData.of(query.from().toString()));
        }
        if (query.to() != null) {
          r.lte(JsonData.of(query.to().toString()));
        }
        return r;
      })));
    }
    BoolQuery built = bool.build();
    try {
      SearchResponse<Map> response = cluster.client().search(s -> s.index(index)
          .ignoreUnavailable(true)
          .allowNoIndices(true)
          .query(Query.of(q -> q.bool(built)))
          .from(query.page() * query.size())
          .size(query.size())
          .trackTotalHits(t -> t.enabled(true))
          .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
          .sort(o -> o.field(f -> f.field("received_on").order(SortOrder.Desc).unmappedType(
              org.opensearch.client.opensearch._types.mapping.FieldType.Date)))
          .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc).unmappedType(
              org.opensearch.client.opensearch._types.mapping.FieldType.Keyword))), Map.class);
      List<Found> hits = new ArrayList<>();
      for (Hit<Map> hit : response.hits().hits()) {
        hits.add(found(hit.source()));
      }
      long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
      return new Result(total, query.page(), query.size(), hits);
    } catch (IOException e) {
      throw new SearchUnavailableException("search engine unreachable", e);
    } catch (SearchUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      log.error("search failed in the search engine or its client (municipality {})", municipalityCode, e);
      throw new SearchUnavailableException("search engine failed", e);
    }
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  private static Found found(Map<?, ?> source) {
    return new Found(text(source, "type"), text(source, "id"), text(source, "status"), text(source, "reception_number"),
        date(source, "received_on"), date(source, "deadline"), text(source, "assignee"), text(source, "name"),
        text(source, "name_kana"), text(source, "name_roman"), date(source, "birth_date"));
  }

  private static String text(Map<?, ?> source, String field) {
    Object value = source.get(field);
    return value == null ? null : value.toString();
  }

  private static LocalDate date(Map<?, ?> source, String field) {
    Object value = source.get(field);
    return value == null ? null : LocalDate.parse(value.toString());
  }
}
