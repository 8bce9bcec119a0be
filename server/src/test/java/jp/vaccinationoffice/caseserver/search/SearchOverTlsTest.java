package jp.vaccinationoffice.caseserver.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code SEARCH_URL} over HTTPS: the test's search node behind a TLS front with a certificate made
 * for the test and HTTP Basic credentials. With the front's certificate in the trust store and the
 * right credentials the server indexes and searches through it; with a trust store that does not
 * hold it, or a wrong password, the check made at start-up and by the health component names the
 * setting to fix, and a search is a 503 (search unavailable), never a 500.
 */
@CaseServerTest
@TestPropertySource(properties = {"search.embedded.enabled=true",
    "search.embedded.data-dir=" + SearchNodeTestData.DIRECTORY_PROPERTY, "search.indexer.interval=200ms",
    "search.indexer.max-backoff=1s"})
class SearchOverTlsTest {

  static final String USER = "case-server";
  static final String SECRET = "front-secret-for-tests";

  @Autowired SearchCluster localCluster;
  @TempDir Path folder;
  TlsSearchFront front;

  @BeforeEach
  void startFront() throws Exception {
    SearchNodeTestData.awaitConnected(localCluster);
    front = new TlsSearchFront(localCluster.url(), USER, SECRET);
  }

  @AfterEach
  void stopFront() {
    front.close();
  }

  @Test
  void withTheFrontsCertificateTrustedAndItsCredentialsTheServerIndexesAndSearchesOverHttps() throws Exception {
    SearchProperties properties = settings(front.trustStore(folder), SECRET);
    SearchCluster cluster = new SearchCluster(properties);
    assertThat(new SearchClusterCheck(cluster, properties, Clock.systemUTC()).check().kind())
        .isEqualTo(SearchClusterCheck.Kind.ANSWERED);
    SearchClusterCheck health = new SearchClusterCheck(cluster, properties, Clock.systemUTC());
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);

    SearchIndexes indexes = new SearchIndexes(cluster, properties);
    indexes.drop("352063");
    indexes.ensure("352063");
    SearchDocument document = new SearchDocument("certificate", "352063-2026-900001", "352063", "ISSUED",
        "352063-2026-900001", LocalDate.of(2026, 12, 6), null, null, "髙田", "美咲", "タカダ", "ミサキ",
        LocalDate.of(1988, 2, 3), "TAKADA", "MISAKI");
    assertThat(indexes.write(List.of(new SearchIndexes.Write("352063", document.indexId(), 1,
        document.source(NameKeys.standard()))))).containsExactly(document.indexId());
    SearchService search = new SearchService(cluster, indexes);
    SearchQuery query = SearchQuery.parse("高田 美咲", "certificate", null, null, null, null, null,
        NameKeys.standard());
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(search.search("352063", query).hits()).extracting(SearchService.Found::id)
            .containsExactly("352063-2026-900001"));
    indexes.drop("352063");
  }

  @Test
  void anUntrustedCertificateIsNamedAtStartUpAndInTheHealthAndASearchIsUnavailableNotAFailure() throws Exception {
    SearchProperties properties = settings(TlsSearchFront.strangersTrustStore(folder), SECRET);
    SearchCluster cluster = new SearchCluster(properties);
    SearchClusterCheck check = new SearchClusterCheck(cluster, properties, Clock.systemUTC());
    SearchClusterCheck.Outcome outcome = check.check();
    assertThat(outcome.kind()).isEqualTo(SearchClusterCheck.Kind.UNTRUSTED_CERTIFICATE);
    assertThat(outcome.problem()).contains("TLS certificate is not trusted", "SEARCH_TRUST_STORE");
    var health = check.health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("problem").toString()).contains("SEARCH_TRUST_STORE");

    SearchService search = new SearchService(cluster, new SearchIndexes(cluster, properties));
    assertThatThrownBy(() -> search.search("352063", SearchQuery.parse("高田", null, null, null, null, null, null,
        NameKeys.standard()))).isInstanceOf(SearchUnavailableException.class);
  }

  @Test
  void aWrongPasswordIsNamedAsRefusedCredentials() throws Exception {
    SearchProperties properties = settings(front.trustStore(folder), "not-the-secret");
    SearchClusterCheck check = new SearchClusterCheck(new SearchCluster(properties), properties, Clock.systemUTC());
    SearchClusterCheck.Outcome outcome = check.check();
    assertThat(outcome.kind()).as(outcome.problem()).isEqualTo(SearchClusterCheck.Kind.CREDENTIALS_REFUSED);
    assertThat(outcome.problem()).contains("SEARCH_USERNAME", "SEARCH_PASSWORD");
    assertThat(check.health().getStatus()).isEqualTo(Status.DOWN);
  }

  private SearchProperties settings(Path trustStore, String password) {
    return new SearchProperties(front.url(), USER, password, trustStore, new String(TlsSearchFront.STORE_PASSWORD),
        "tls-test-", null, new SearchProperties.Indexer(false, null, null, 0, null, null));
  }
}
