package jp.vaccinationoffice.searchnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs one OpenSearch node in this JVM: {@code SearchNodeLauncher <data dir> <http port> <transport port>}.
 * Prints {@value #READY} with the port once the node is up, and stops when its standard input ends,
 * so that the node never outlives the case server that started it (even one killed by SIGKILL).
 */
public final class SearchNodeLauncher {

  public static final String READY = "SEARCH_NODE_READY";

  private SearchNodeLauncher() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: SearchNodeLauncher <data dir> <http port> <transport port>");
      System.exit(2);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int httpPort = Integer.parseInt(args[1]);
    int transportPort = Integer.parseInt(args[2]);
    Files.createDirectories(dataDir);
    OpenSearchRunner runner = new OpenSearchRunner();
    runner.setMaxHttpPort(65535);
    runner.onBuild((number, settings) -> {
      settings.put("http.port", httpPort);
      settings.put("transport.port", transportPort);
      settings.put("network.host", "127.0.0.1");
      settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
      settings.put("action.auto_create_index", false);
    }).build(OpenSearchRunner.newConfigs()
        .basePath(dataDir.toString())
        .numOfNode(1)
        .baseHttpPort(httpPort - 1)
        .clusterName("case-search")
        .disableESLogger());
    runner.ensureYellow();
    System.out.println(READY + " port=" + httpPort);
    System.out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(runner)));
    InputStream parent = System.in;
    while (parent.read() >= 0) {
      // the parent never writes; the stream ends when it exits
    }
    closeQuietly(runner);
    System.exit(0);
  }

  private static void closeQuietly(OpenSearchRunner runner) {
    try {
      if (!runner.isClosed()) {
        runner.close();
      }
    } catch (IOException e) {
      System.err.println("search node: close failed: " + e);
    }
  }
}
