package jp.vaccinationoffice.caseserver.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single OpenSearch node in its own JVM (the {@code search-node} module's launcher), for the demo
 * and the tests: OpenSearch's log4j, Jackson and Netty never meet the server's class path. Its
 * classes and class path file are found through {@code search/search-node.properties}, written when
 * the server is built. The node stops when this JVM exits, even when killed: it watches its input.
 */
public final class LocalSearchNode implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalSearchNode.class);
  static final String LAUNCHER = "jp.vaccinationoffice.searchnode.SearchNodeLauncher";
  static final String READY = "SEARCH_NODE_READY";

  private final Process process;
  private final int httpPort;

  private LocalSearchNode(Process process, int httpPort) {
    this.process = process;
    this.httpPort = httpPort;
  }

  /** Starts a node keeping its data in {@code dataDir}; returns once it answers. */
  public static LocalSearchNode start(Path dataDir, String javaOptions, Duration timeout) {
    return start(dataDir, javaOptions, timeout, freePort());
  }

  public static LocalSearchNode start(Path dataDir, String javaOptions, Duration timeout, int httpPort) {
    try {
      Files.createDirectories(dataDir);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      for (String option : javaOptions.trim().split("\\s+")) {
        if (!option.isEmpty()) {
          command.add(option);
        }
      }
      command.add("-cp");
      command.add(classPath());
      command.add(LAUNCHER);
      command.add(dataDir.toAbsolutePath().toString());
      command.add(Integer.toString(httpPort));
      command.add(Integer.toString(freePort()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectInput(ProcessBuilder.Redirect.PIPE).start();
      CompletableFuture<Void> ready = new CompletableFuture<>();
      Path logFile = dataDir.resolve("node.log");
      Thread reader = new Thread(() -> copyOutput(process.getInputStream(), logFile, ready), "search-node-output");
      reader.setDaemon(true);
      reader.start();
      try {
        ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        process.destroyForcibly();
        throw new IllegalStateException("the local search node did not start within " + timeout
            + " (its output: " + logFile.toAbsolutePath() + ")", e);
      }
      return new LocalSearchNode(process, httpPort);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the local search node", e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + httpPort;
  }

  public int port() {
    return httpPort;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Stops the node and waits until it has ended. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    try {
      process.getOutputStream().close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  static String classPath() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = LocalSearchNode.class.getClassLoader().getResourceAsStream("search/search-node.properties")) {
      if (in == null) {
        throw new IllegalStateException("search/search-node.properties is missing: build with Maven");
      }
      properties.load(in);
    }
    Path home = Path.of(System.getProperty("search.node.home", properties.getProperty("home")));
    Path classPathFile = home.resolve("search-node.classpath");
    if (!Files.isRegularFile(classPathFile)) {
      throw new IllegalStateException("the search node is not built (" + classPathFile
          + " is missing): run mvn install, or set SEARCH_URL");
    }
    return home.resolve("classes") + java.io.File.pathSeparator + Files.readString(classPathFile).strip();
  }

  private static void copyOutput(InputStream output, Path logFile, CompletableFuture<Void> ready) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
         var log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        log.write(line);
        log.newLine();
        log.flush();
        if (line.startsWith(READY)) {
          ready.complete(null);
        }
      }
      ready.completeExceptionally(new IllegalStateException("the search node ended"));
    } catch (IOException e) {
      ready.completeExceptionally(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Logger log() {
    return log;
  }
}
