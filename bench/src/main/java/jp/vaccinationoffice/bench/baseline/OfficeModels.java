package jp.vaccinationoffice.bench.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The office's own models as the build puts them on the classpath ({@code processes/}, {@code dmn/},
 * {@code forms/} of the repository): the baseline deploys what the case server deploys, never a copy.
 */
final class OfficeModels {

  /** Folder on the classpath and the file ending deployed from it. */
  private static final String[][] FOLDERS = {{"processes", ".bpmn"}, {"dmn", ".dmn"}, {"forms", ".form"}};

  private OfficeModels() {}

  /** Classpath resource names of every model, e.g. {@code processes/move-in-record-query.bpmn}. */
  static List<String> resources() {
    List<String> resources = new ArrayList<>();
    for (String[] folder : FOLDERS) {
      resources.addAll(resourcesIn(folder[0], folder[1]));
    }
    return resources;
  }

  static List<String> resourcesIn(String folder, String ending) {
    URL url = OfficeModels.class.getClassLoader().getResource(folder);
    if (url == null || !"file".equals(url.getProtocol())) {
      throw new IllegalStateException("the models' folder " + folder + "/ is not a directory on the classpath: " + url
          + " (run the baseline from bench/target/classes, as bench/move-in does)");
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<String> names = files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(ending))
          .sorted()
          .map(name -> folder + "/" + name)
          .toList();
      if (names.isEmpty()) {
        throw new IllegalStateException("no " + ending + " file in " + url);
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
