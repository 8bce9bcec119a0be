package jp.vaccinationoffice.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the variables a worker declares in {@link ExternalTaskTopic#variables()} are fetched with its
 * tasks, so a variable read but not declared would be null in production: every name a worker's
 * source passes to {@code task.variable(…)}, as text or as a constant of the class, is declared, and
 * nothing is declared that the worker does not read.
 */
class WorkerVariablesDeclaredTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern READ = Pattern.compile("task\\.variable\\(\\s*(?:\"([^\"]+)\"|([A-Z][A-Z0-9_]*))\\s*\\)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");

  @Test
  void everyVariableAWorkerReadsIsDeclared() throws Exception {
    int workers = 0;
    int reading = 0;
    for (Path source : workerSources()) {
      Class<?> worker = classOf(source);
      Set<String> read = reads(Files.readString(source), worker);
      Set<String> declared = new TreeSet<>(List.of(worker.getAnnotation(ExternalTaskTopic.class).variables()));
      assertThat(declared).as(worker.getSimpleName()).isEqualTo(read);
      workers++;
      reading += read.isEmpty() ? 0 : 1;
    }
    assertThat(workers).as("worker classes found").isGreaterThan(20);
    assertThat(reading).as("workers that read variables").isGreaterThanOrEqualTo(4);
  }

  @Test
  void theScanFindsTextAndConstants() throws Exception {
    String code = """
        String a = task.variable("doseNumber");
        String b = task.variable( CORRECTED );
        """;
    assertThat(reads(code, Constants.class)).containsExactly("correctedMunicipalityCode", "doseNumber");
  }

  static final class Constants {
    static final String CORRECTED = "correctedMunicipalityCode";
  }

  private static Set<String> reads(String code, Class<?> worker) throws ReflectiveOperationException {
    Set<String> names = new TreeSet<>();
    Matcher read = READ.matcher(code);
    while (read.find()) {
      if (read.group(1) != null) {
        names.add(read.group(1));
      } else {
        Field constant = worker.getDeclaredField(read.group(2));
        constant.setAccessible(true);
        names.add((String) constant.get(null));
      }
    }
    return names;
  }

  private static List<Path> workerSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
        try {
          return Files.readString(file).contains("@ExternalTaskTopic(");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sorted().toList();
    }
  }

  private static Class<?> classOf(Path source) throws IOException, ClassNotFoundException {
    Matcher pkg = PACKAGE.matcher(Files.readString(source));
    String name = source.getFileName().toString().replace(".java", "");
    return Class.forName((pkg.find() ? pkg.group(1) + "." : "") + name);
  }
}
