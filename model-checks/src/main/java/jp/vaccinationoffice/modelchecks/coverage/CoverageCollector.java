package jp.vaccinationoffice.modelchecks.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects coverage for one JVM and writes it to one file of its own. Every write replaces that file
 * with everything collected so far, so writing again (after the test plan and at shutdown) never
 * counts anything twice.
 */
public final class CoverageCollector {

  public static final String DIRECTORY_PROPERTY = "process.coverage.dir";
  public static final String DEFAULT_DIRECTORY = "target/process-coverage";

  private static final Logger LOG = LoggerFactory.getLogger(CoverageCollector.class);
  private static final CoverageCollector JVM_WIDE = createJvmWide();

  private final CoverageData data = new CoverageData();
  private final String fileName = "coverage-" + UUID.randomUUID() + ".json";

  /** The collector every {@link ProcessCoverageRecorder} created without arguments records into. */
  public static CoverageCollector jvmWide() {
    return JVM_WIDE;
  }

  private static CoverageCollector createJvmWide() {
    CoverageCollector collector = new CoverageCollector();
    Runtime.getRuntime().addShutdownHook(new Thread(collector::writeQuietly, "process-coverage-writer"));
    return collector;
  }

  public void flowNodeReached(String processKey, String flowNodeId) {
    data.flowNodeReached(processKey, flowNodeId);
  }

  public void sequenceFlowTaken(String processKey, String sequenceFlowId) {
    data.sequenceFlowTaken(processKey, sequenceFlowId);
  }

  public CoverageData snapshot() {
    return data.copy();
  }

  /** The directory named by the system property {@value #DIRECTORY_PROPERTY}, else {@value #DEFAULT_DIRECTORY}. */
  public static Path configuredDirectory() {
    return Path.of(System.getProperty(DIRECTORY_PROPERTY, DEFAULT_DIRECTORY));
  }

  /** Writes to {@link #configuredDirectory()}. */
  public Optional<Path> write() throws IOException {
    return writeTo(configuredDirectory());
  }

  /** @return the file written, or empty when nothing has been recorded */
  public synchronized Optional<Path> writeTo(Path directory) throws IOException {
    CoverageData snapshot = snapshot();
    if (snapshot.isEmpty()) {
      return Optional.empty();
    }
    Files.createDirectories(directory);
    Path target = directory.resolve(fileName);
    Path partial = directory.resolve(fileName + ".partial");
    snapshot.write(partial);
    // a reader never sees a half-written file
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return Optional.of(target);
  }

  void writeQuietly() {
    try {
      write().ifPresent(file -> LOG.info("Process coverage written to {}", file));
    } catch (IOException | RuntimeException e) {
      LOG.error("Could not write process coverage", e);
    }
  }
}
