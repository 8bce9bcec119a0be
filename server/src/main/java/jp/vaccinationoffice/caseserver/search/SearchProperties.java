package jp.vaccinationoffice.caseserver.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the search engine is.
 *
 * @param url an existing OpenSearch cluster ({@code SEARCH_URL}, e.g. {@code https://search.example:9200};
 *     several nodes separated by commas); empty: the local node below, when enabled
 * @param username HTTP Basic user of the cluster ({@code SEARCH_USERNAME})
 * @param password its password ({@code SEARCH_PASSWORD})
 * @param trustStore a PKCS#12 trust store for the cluster's TLS certificate ({@code SEARCH_TRUST_STORE})
 * @param trustStorePassword its password ({@code SEARCH_TRUST_STORE_PASSWORD})
 * @param indexPrefix the indexes are {@code <prefix><municipality code>}
 * @param embedded the local node (demo profile and tests)
 * @param indexer the outbox drainer
 */
@ConfigurationProperties("search")
public record SearchProperties(
    String url,
    String username,
    String password,
    Path trustStore,
    String trustStorePassword,
    String indexPrefix,
    Embedded embedded,
    Indexer indexer) {

  public SearchProperties {
    indexPrefix = indexPrefix == null || indexPrefix.isBlank() ? "cases-" : indexPrefix;
    embedded = embedded == null ? new Embedded(false, null, null, null) : embedded;
    indexer = indexer == null ? new Indexer(true, null, null, 0, null, null) : indexer;
  }

  public boolean usesCluster() {
    return url != null && !url.isBlank();
  }

  /**
   * @param enabled start a local node when no {@code url} is given
   * @param dataDir where it keeps its data ({@code ./data/search/})
   * @param javaOptions its JVM's options
   * @param startTimeout how long its start may take
   */
  public record Embedded(boolean enabled, Path dataDir, String javaOptions, Duration startTimeout) {
    public Embedded {
      dataDir = dataDir == null ? Path.of("data", "search") : dataDir;
      javaOptions = javaOptions == null ? "-Xms256m -Xmx512m -XX:+UseSerialGC" : javaOptions;
      startTimeout = startTimeout == null ? Duration.ofMinutes(3) : startTimeout;
    }
  }

  /**
   * @param enabled drain the outbox on this node
   * @param interval how often it looks when not woken
   * @param gather once woken, how long it lets further changes come before it drains them in one
   *     bulk write (adds at most this much to the time a change takes to become searchable)
   * @param batchSize rows claimed at a time
   * @param claimDuration how long a claim holds (a node that died mid-batch is taken over after it)
   * @param maxBackoff the longest wait between attempts while the search engine is unreachable
   */
  public record Indexer(boolean enabled, Duration interval, Duration gather, int batchSize, Duration claimDuration,
      Duration maxBackoff) {
    public Indexer {
      interval = interval == null ? Duration.ofMillis(200) : interval;
      gather = gather == null ? Duration.ofMillis(100) : gather;
      batchSize = batchSize <= 0 ? 500 : batchSize;
      claimDuration = claimDuration == null ? Duration.ofSeconds(60) : claimDuration;
      maxBackoff = maxBackoff == null ? Duration.ofSeconds(5) : maxBackoff;
    }
  }
}
