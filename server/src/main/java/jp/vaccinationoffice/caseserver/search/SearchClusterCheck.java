package jp.vaccinationoffice.caseserver.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLException;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the cluster at {@code SEARCH_URL} answers with the configured trust store and credentials:
 * checked at start-up, where a problem is logged as an error that names the setting to fix, and
 * again for the {@code search} health component. A certificate the trust store does not trust or
 * refused credentials make the component DOWN (they do not heal by themselves); a cluster that does
 * not answer leaves it UP with the detail, since case work goes on without search.
 */
@Component("searchHealthIndicator")
public class SearchClusterCheck implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(SearchClusterCheck.class);
  private static final Duration KEPT = Duration.ofSeconds(30);

  /** What a check found; {@code problem} is null when the cluster answered. */
  public record Outcome(Kind kind, String problem) {}

  public enum Kind { ANSWERED, UNTRUSTED_CERTIFICATE, CREDENTIALS_REFUSED, NOT_ANSWERING, LOCAL_NODE }

  private final SearchCluster cluster;
  private final SearchProperties properties;
  private final Clock clock;
  private volatile Outcome last;
  private volatile Instant checkedAt = Instant.MIN;

  SearchClusterCheck(SearchCluster cluster, SearchProperties properties, Clock clock) {
    this.cluster = cluster;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void checkAtStartUp() {
    Outcome outcome = check();
    if (outcome.kind() == Kind.ANSWERED) {
      log.info("Search cluster at {} answers", properties.url());
    } else if (outcome.problem() != null) {
      log.error("Search cluster at {}: {}", properties.url(), outcome.problem());
    }
  }

  /** Asks the cluster who it is, through the configured TLS trust store and credentials. */
  public Outcome check() {
    Outcome outcome = checkNow();
    last = outcome;
    checkedAt = clock.instant();
    return outcome;
  }

  private Outcome checkNow() {
    if (!properties.usesCluster()) {
      return new Outcome(Kind.LOCAL_NODE, null);
    }
    try {
      cluster.client().info();
      return new Outcome(Kind.ANSWERED, null);
    } catch (Exception e) {
      return classify(e);
    }
  }

  private static Outcome classify(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SSLException) {
        return new Outcome(Kind.UNTRUSTED_CERTIFICATE, "its TLS certificate is not trusted (" + cause.getMessage()
            + "): put the certificate of the CA that signed it into the PKCS#12 trust store SEARCH_TRUST_STORE"
            + " (password SEARCH_TRUST_STORE_PASSWORD); search answers 503 until it is");
      }
      if (cause instanceof ResponseException response && response.status() == 401) {
        return new Outcome(Kind.CREDENTIALS_REFUSED, "it refused SEARCH_USERNAME / SEARCH_PASSWORD (401);"
            + " search answers 503 until they are right");
      }
      if (cause instanceof org.opensearch.client.opensearch._types.OpenSearchException refused
          && refused.status() == 401) {
        return new Outcome(Kind.CREDENTIALS_REFUSED, "it refused SEARCH_USERNAME / SEARCH_PASSWORD (401);"
            + " search answers 503 until they are right");
      }
    }
    return new Outcome(Kind.NOT_ANSWERING, "it does not answer (" + e + "); changes wait in the outbox");
  }

  @Override
  public Health health() {
    Outcome outcome = last;
    if (outcome == null || checkedAt.plus(KEPT).isBefore(clock.instant())) {
      outcome = check();
    }
    Health.Builder health = switch (outcome.kind()) {
      case UNTRUSTED_CERTIFICATE, CREDENTIALS_REFUSED -> Health.down();
      default -> Health.up();
    };
    health.withDetail("cluster", properties.usesCluster() ? properties.url() : "local node");
    if (outcome.problem() != null) {
      health.withDetail("problem", outcome.problem());
    }
    return health.build();
  }
}
