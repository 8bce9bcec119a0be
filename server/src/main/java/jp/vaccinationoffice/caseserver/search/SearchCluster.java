package jp.vaccinationoffice.caseserver.search;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The connection to the search engine: the cluster at {@code SEARCH_URL}, or the local node this
 * server starts (in the background: the server is ready before the node, and search answers 503
 * until the node is). Nothing else in the server waits for it.
 */
@Component
public class SearchCluster implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(SearchCluster.class);

  private final SearchProperties properties;
  private volatile OpenSearchClient client;
  private volatile LocalSearchNode localNode;
  private volatile String localNodeFailure;
  private volatile String url;
  private final Object startLock = new Object();

  SearchCluster(SearchProperties properties) {
    this.properties = properties;
    if (properties.usesCluster()) {
      connect(properties.url());
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void startLocalNodeWhenConfigured() {
    if (properties.usesCluster() || !properties.embedded().enabled() || client != null) {
      return;
    }
    Thread starter = new Thread(this::startLocalNode, "search-node-start");
    starter.setDaemon(true);
    starter.start();
  }

  /** Starts the local node and waits for it (also used by the reindex command). */
  public void startLocalNode() {
    // its own lock: a shutdown (which stops the node) must not wait for a start in progress
    synchronized (startLock) {
      if (client == null) {
        startLocalNodeNow();
      }
    }
  }

  private void startLocalNodeNow() {
    long started = System.nanoTime();
    try {
      SearchProperties.Embedded embedded = properties.embedded();
      LocalSearchNode node = LocalSearchNode.start(embedded.dataDir(), embedded.javaOptions(), embedded.startTimeout());
      localNode = node;
      connect(node.url());
      localNodeFailure = null;
      log.info("Local search node started in {} ms at {} (data in {})", (System.nanoTime() - started) / 1_000_000,
          node.url(), embedded.dataDir().toAbsolutePath());
    } catch (RuntimeException e) {
      localNodeFailure = e.getMessage();
      log.error("The local search node did not start; search answers 503 and the outbox keeps every change: {}",
          e.getMessage());
    }
  }

  /** The client; fails with {@link SearchUnavailableException} while there is none. */
  public OpenSearchClient client() {
    OpenSearchClient current = client;
    if (current == null) {
      throw new SearchUnavailableException("the search engine is not connected (yet)", null);
    }
    return current;
  }

  public boolean isConnected() {
    return client != null;
  }

  public String url() {
    return url;
  }

  /** Why the local node did not start, or null while it starts, runs or is not configured. */
  public String localNodeFailure() {
    return localNodeFailure;
  }

  /** The local node, if this server started one. */
  public LocalSearchNode localNode() {
    return localNode;
  }

  /** Points the client at another node, e.g. a local node started again. */
  public synchronized void connect(String clusterUrl) {
    HttpHost[] hosts = Arrays.stream(clusterUrl.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(SearchCluster::host).toArray(HttpHost[]::new);
    ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts)
        .setMapper(new JacksonJsonpMapper())
        .setRequestConfigCallback(request -> request
            .setConnectionRequestTimeout(Timeout.ofSeconds(2))
            .setResponseTimeout(Timeout.ofSeconds(30)))
        .setHttpClientConfigCallback(http -> {
          PoolingAsyncClientConnectionManagerBuilder connections = PoolingAsyncClientConnectionManagerBuilder.create()
              .setMaxConnTotal(32).setMaxConnPerRoute(32);
          if (properties.trustStore() != null) {
            connections.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(trustStoreContext()).build());
          }
          http.setConnectionManager(connections.build());
          if (properties.username() != null && !properties.username().isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            for (HttpHost host : hosts) {
              credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(properties.username(),
                  properties.password() == null ? new char[0] : properties.password().toCharArray()));
            }
            http.setDefaultCredentialsProvider(credentials);
          }
          return http;
        });
    this.client = new OpenSearchClient(builder.build());
    this.url = clusterUrl;
  }

  /** Takes a local node started again on the same port as its own: it is stopped with this server. */
  synchronized void adopt(LocalSearchNode node) {
    localNode = node;
  }

  /** Stops the local node (tests: the search engine goes down). */
  public synchronized void stopLocalNode() {
    if (localNode != null) {
      localNode.close();
    }
  }

  @Override
  public void destroy() {
    stopLocalNode();
  }

  private SSLContext trustStoreContext() {
    try (InputStream in = Files.newInputStream(properties.trustStore())) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      char[] password = properties.trustStorePassword() == null ? new char[0] : properties.trustStorePassword().toCharArray();
      store.load(in, password);
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the search trust store " + properties.trustStore(), e);
    }
  }

  private static HttpHost host(String value) {
    URI uri = URI.create(value);
    int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 9200);
    return new HttpHost(uri.getScheme(), uri.getHost(), port);
  }
}
