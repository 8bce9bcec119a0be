package jp.vaccinationoffice.caseserver.search;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code java -jar case-server.jar --search.reindex}: rebuilds every municipality's index from the
 * database. Drops the indexes, notes every document of every type in the outbox and drains it, then
 * prints the counts and exits 0 (1 with a message when the database or the search engine cannot be
 * reached). Uses {@code SEARCH_URL} when set, else starts the local node on {@code ./data/search/}
 * (stop the demo server first: one node per data folder). Neither the engine nor the web server
 * starts. Safe while other nodes keep working: their changes land in the outbox meanwhile and win
 * over older states by version.
 */
public final class SearchReindexCommand {

  public static final String OPTION = "--search.reindex";

  private SearchReindexCommand() {}

  public static boolean isRequested(String[] args) {
    return Arrays.asList(args).contains(OPTION);
  }

  public static int run(String... args) {
    // the command drains itself: this JVM's background drainer stays off whatever the configuration says
    String[] rest = java.util.stream.Stream.concat(Arrays.stream(args).filter(arg -> !arg.equals(OPTION)),
        java.util.stream.Stream.of("--search.indexer.enabled=false")).toArray(String[]::new);
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReindexContext.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties("logging.level.root=warn", "logging.level.org.springframework.boot.SpringApplication=off",
            "spring.flyway.enabled=false")
        .run(rest)) {
      Reindexed reindexed = reindex(context.getBean(JdbcTemplate.class), context.getBean(SearchCluster.class),
          context.getBean(SearchProperties.class), context.getBean(SearchIndexes.class),
          context.getBean(SearchOutbox.class), context.getBean(SearchIndexer.class),
          context.getBeansOfType(SearchDocumentSource.class).values().stream().toList());
      System.out.println("Search index rebuilt: " + reindexed.documents() + " documents of "
          + reindexed.municipalities().size() + " municipalities (" + String.join(", ", reindexed.municipalities())
          + ") at " + context.getBean(SearchCluster.class).url() + "; " + reindexed.drained() + " outbox rows drained.");
      return 0;
    } catch (RuntimeException e) {
      System.err.println("Search reindex failed: " + rootCause(e).getMessage());
      return 1;
    }
  }

  record Reindexed(long documents, long drained, Set<String> municipalities) {}

  static Reindexed reindex(JdbcTemplate jdbc, SearchCluster cluster, SearchProperties properties, SearchIndexes indexes,
      SearchOutbox outbox, SearchIndexer indexer, List<SearchDocumentSource> sources) {
    if (!cluster.isConnected()) {
      if (properties.usesCluster()) {
        throw new IllegalStateException("the search cluster at SEARCH_URL is not connected");
      }
      cluster.startLocalNode();
      if (!cluster.isConnected()) {
        throw new IllegalStateException("the local search node did not start (see " + properties.embedded().dataDir()
            + "/node.log)");
      }
    }
    Set<String> municipalities = new LinkedHashSet<>(jdbc.queryForList(
        "SELECT code FROM municipality ORDER BY code", String.class));
    municipalities.forEach(indexes::drop);
    long documents = 0;
    for (SearchDocumentSource source : sources) {
      String after = null;
      List<SearchDocumentSource.DocumentRef> page;
      while (!(page = source.documentsAfter(after, 1000)).isEmpty()) {
        for (SearchDocumentSource.DocumentRef ref : page) {
          outbox.enqueue(source.type(), ref.municipalityCode(), ref.documentId());
          municipalities.add(ref.municipalityCode());
          documents++;
        }
        after = page.get(page.size() - 1).documentId();
      }
    }
    municipalities.forEach(indexes::ensure);
    // drainers of running servers may hold some rows: wait for them as long as a claim lasts
    long deadline = System.nanoTime() + properties.indexer().claimDuration().plusSeconds(10).toNanos();
    long drained = indexer.drainAll();
    long left;
    while ((left = outbox.pending()) > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      drained += indexer.drainAll();
    }
    if (left > 0) {
      throw new IllegalStateException(left + " outbox rows could not be indexed");
    }
    return new Reindexed(documents, drained, municipalities);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The database, the search package and every document source; no engine, no web server. */
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
      JdbcTemplateAutoConfiguration.class, TransactionAutoConfiguration.class})
  @ComponentScan(basePackages = "jp.vaccinationoffice.caseserver", useDefaultFilters = false,
      includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {SearchDocumentSource.class,
          SearchCluster.class, SearchIndexes.class, SearchOutbox.class, SearchIndexer.class, SearchIndexerSignal.class,
          OpenTaskAssignees.class}))
  @Import(SearchConfiguration.class)
  static class ReindexContext {

    @Bean
    java.time.Clock clock() {
      return java.time.Clock.systemDefaultZone();
    }
  }
}
