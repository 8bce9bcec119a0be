package jp.vaccinationoffice.caseserver.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.springframework.stereotype.Component;

/**
 * One index per municipality ({@code <prefix><code>}), created with its mapping when first written:
 * a member of staff's search goes to their municipality's index only, whatever they send.
 */
@Component
public class SearchIndexes {

  /** The fields of {@link SearchDocument#source}; anything else is refused by the index (strict). */
  static final Map<String, Property> MAPPING = Map.ofEntries(
      Map.entry("type", keyword()),
      Map.entry("id", keyword()),
      Map.entry("municipality", keyword()),
      Map.entry("status", keyword()),
      Map.entry("reception_number", keyword()),
      Map.entry("received_on", date()),
      Map.entry("deadline", date()),
      Map.entry("assignee", keyword()),
      Map.entry("name", Property.of(p -> p.keyword(k -> k.index(false)))),
      Map.entry("name_kana", Property.of(p -> p.keyword(k -> k.index(false)))),
      Map.entry("name_roman", Property.of(p -> p.keyword(k -> k.index(false)))),
      Map.entry("birth_date", date()),
      Map.entry("name_keys", keyword()));

  private final SearchCluster cluster;
  private final SearchProperties properties;
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  SearchIndexes(SearchCluster cluster, SearchProperties properties) {
    this.cluster = cluster;
    this.properties = properties;
  }

  public String indexOf(String municipalityCode) {
    if (municipalityCode == null || !municipalityCode.matches("\\d{6}")) {
      throw new IllegalArgumentException("not a municipality code");
    }
    return properties.indexPrefix() + municipalityCode;
  }

  /** Creates the municipality's index with its mapping unless it exists. */
  public void ensure(String municipalityCode) {
    String index = indexOf(municipalityCode);
    if (known.contains(index)) {
      return;
    }
    OpenSearchClient client = cluster.client();
    try {
      if (!client.indices().exists(e -> e.index(index)).value()) {
        try {
          client.indices().create(c -> c.index(index)
              .settings(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("200ms")))
              .mappings(m -> m.dynamic(DynamicMapping.Strict).properties(MAPPING)));
        } catch (OpenSearchException e) {
          if (!"resource_already_exists_exception".equals(e.error().type())) {
            throw e;
          }
        }
        // a new index takes a moment to start its shard (long on a busy machine): writes wait for it
        client.cluster().health(h -> h.index(index).waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("60s")));
      }
      known.add(index);
    } catch (IOException e) {
      throw new SearchUnavailableException("search engine unreachable", e);
    }
  }

  /** Removes the municipality's index (reindex). */
  public void drop(String municipalityCode) {
    String index = indexOf(municipalityCode);
    known.remove(index);
    try {
      cluster.client().indices().delete(d -> d.index(index).ignoreUnavailable(true));
    } catch (IOException e) {
      throw new SearchUnavailableException("search engine unreachable", e);
    }
  }

  /** One index write or removal; {@code source} null removes. */
  public record Write(String municipalityCode, String indexId, long version, Map<String, Object> source) {}

  /**
   * Writes in one bulk request, versioned by the outbox row (external versions): a write older than
   * what the index holds is skipped, so drainers on several nodes never put an older state back.
   * Returns the index ids that are done (written, or already newer).
   */
  public Set<String> write(List<Write> writes) {
    if (writes.isEmpty()) {
      return Set.of();
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    for (Write write : writes) {
      String index = indexOf(write.municipalityCode());
      if (write.source() == null) {
        bulk.operations(op -> op.delete(d -> d.index(index).id(write.indexId())
            .version(write.version()).versionType(VersionType.External)));
      } else {
        bulk.operations(op -> op.index(i -> i.index(index).id(write.indexId())
            .version(write.version()).versionType(VersionType.External).document(write.source())));
      }
    }
    try {
      BulkResponse response = cluster.client().bulk(bulk.build());
      Set<String> done = new HashSet<>();
      List<String> failures = new ArrayList<>();
      for (BulkResponseItem item : response.items()) {
        boolean ok = item.error() == null || item.status() == 409 || (item.status() == 404 && item.error() == null);
        if (ok || "version_conflict_engine_exception".equals(item.error().type())) {
          done.add(item.id());
        } else {
          failures.add(item.error().type());
        }
      }
      if (!failures.isEmpty()) {
        LocalSearchNode.log().warn("search index refused {} documents: {}", failures.size(), new HashSet<>(failures));
      }
      return done;
    } catch (IOException e) {
      throw new SearchUnavailableException("search engine unreachable", e);
    } catch (SearchUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      LocalSearchNode.log().error("bulk write to the search engine failed", e);
      throw new SearchUnavailableException("search engine failed", e);
    }
  }

  private static Property keyword() {
    return Property.of(p -> p.keyword(k -> k));
  }

  private static Property date() {
    return Property.of(p -> p.date(d -> d.format("strict_date")));
  }
}
