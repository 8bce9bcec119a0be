package jp.vaccinationoffice.caseserver.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The model files of the repository's top-level processes/, dmn/ and forms/ folders. */
public final class RepositoryModels {

  public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  public static final Path PROCESSES = ROOT.resolve("processes");
  public static final Path DMN = ROOT.resolve("dmn");
  public static final Path FORMS = ROOT.resolve("forms");

  private RepositoryModels() {}

  /** File names such as {@code move-in-record-query.bpmn}, sorted. */
  public static List<String> fileNames() {
    return Stream.of(list(PROCESSES, ".bpmn"), list(DMN, ".dmn"), list(FORMS, ".form"))
        .flatMap(List::stream).sorted().toList();
  }

  private static List<String> list(Path dir, String extension) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(extension)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
