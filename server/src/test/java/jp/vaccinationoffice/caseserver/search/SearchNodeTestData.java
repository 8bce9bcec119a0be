package jp.vaccinationoffice.caseserver.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

/**
 * The data folder of the search node a server test starts: a new one under the test JVM's folder
 * (the build sets {@code search.test.data-dir} per fork) for every server, read once when the
 * server binds its search settings. A fresh folder holds no documents of databases that are gone,
 * and no test has to empty a folder that a node may be starting in.
 */
final class SearchNodeTestData {

  static final String DIRECTORY_PROPERTY = "${search.test.data-dir:target/search-node-test}/${random.uuid}";

  private SearchNodeTestData() {}

  /** Waits until the server has connected to its node, failing at once if the node did not start. */
  static void awaitConnected(SearchCluster cluster) {
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
        .until(() -> cluster.isConnected() || cluster.localNodeFailure() != null);
    assertThat(cluster.localNodeFailure()).as("the search node's start").isNull();
  }
}
