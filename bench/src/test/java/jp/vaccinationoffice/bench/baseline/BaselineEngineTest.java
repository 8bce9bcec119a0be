package jp.vaccinationoffice.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operaton.bpm.engine.repository.ProcessDefinition;

class BaselineEngineTest {

  private static final Path REPOSITORY = Path.of("..");
  private static final Pattern TOPIC = Pattern.compile("operaton:topic=\"([^\"]+)\"");

  @Test
  void deploysEveryProcessAndDecisionOfTheRepositoryAndServesEveryTopicOfThem(@TempDir Path dir) throws IOException {
    try (BaselineEngine baseline = BaselineEngine.start("jdbc:h2:file:" + dir.resolve("engine"), "sa", "")) {
      List<String> processKeys = baseline.engine().getRepositoryService().createProcessDefinitionQuery().list().stream()
          .map(ProcessDefinition::getKey).sorted().toList();
      List<String> decisionKeys = baseline.engine().getRepositoryService().createDecisionDefinitionQuery().list().stream()
          .map(definition -> definition.getKey()).sorted().toList();

      assertThat(processKeys).isEqualTo(fileNames("processes", ".bpmn"));
      assertThat(decisionKeys).isEqualTo(fileNames("dmn", ".dmn"));
      assertThat(baseline.topics()).isEqualTo(topicsWrittenIn(REPOSITORY.resolve("processes")));
    }
  }

  /** The repository's model files by name, which is the process or decision id (ModelLint checks it). */
  private static List<String> fileNames(String folder, String ending) throws IOException {
    try (Stream<Path> files = Files.list(REPOSITORY.resolve(folder))) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(ending))
          .map(name -> name.substring(0, name.length() - ending.length())).sorted().toList();
    }
  }

  private static List<String> topicsWrittenIn(Path processes) throws IOException {
    try (Stream<Path> files = Files.list(processes)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).flatMap(file -> {
        try {
          Matcher topics = TOPIC.matcher(Files.readString(file));
          return topics.results().map(result -> result.group(1)).toList().stream();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).distinct().sorted().toList();
    }
  }
}
