package jp.vaccinationoffice.caseserver.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/**
 * The data folder of the search node the server tests share. Emptied once per test JVM, before its
 * node starts: an earlier run's documents belong to databases that are gone, and emptying it under
 * a running node would break the node for the classes that follow.
 */
final class SearchNodeTestData {

  /**
   * The folder as the tests' configuration names it: one per test JVM (the build sets
   * {@code search.test.data-dir} per fork), since two nodes cannot share a folder.
   */
  static final String DIRECTORY_PROPERTY = "${search.test.data-dir:target/search-node-test}";

  static {
    try {
      FileSystemUtils.deleteRecursively(Path.of(System.getProperty("search.test.data-dir", "target/search-node-test")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchNodeTestData() {}

  /** Loads this class, which empties the folder the first time only. */
  static void clearOncePerJvm() {
    // the static initializer does the work
  }
}
