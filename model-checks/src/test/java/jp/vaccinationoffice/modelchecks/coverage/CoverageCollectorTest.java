package jp.vaccinationoffice.modelchecks.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCollectorTest {

  @TempDir
  Path dir;

  @Test
  void writingAgainReplacesItsOwnFileAndCountsNothingTwice() throws IOException {
    CoverageCollector collector = new CoverageCollector();
    collector.flowNodeReached("approval", "Task_review");
    collector.sequenceFlowTaken("approval", "Flow_to_review");

    Path first = collector.writeTo(dir).orElseThrow();
    collector.flowNodeReached("approval", "Task_review");
    collector.flowNodeReached("approval", "EndEvent_rejected");
    Path second = collector.writeTo(dir).orElseThrow();

    assertThat(second).isEqualTo(first);
    assertThat(filesIn(dir)).containsExactly(first);
    assertThat(first.getFileName().toString()).matches("coverage-[0-9a-f-]{36}\\.json");
    CoverageData written = CoverageData.read(first);
    assertThat(written.flowNodes("approval")).containsExactlyInAnyOrder("Task_review", "EndEvent_rejected");
    assertThat(written.sequenceFlows("approval")).containsExactly("Flow_to_review");
  }

  @Test
  void writesNothingWhenNothingWasRecorded() throws IOException {
    assertThat(new CoverageCollector().writeTo(dir)).isEmpty();
    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void eachCollectorWritesItsOwnFile() throws IOException {
    CoverageCollector one = new CoverageCollector();
    CoverageCollector other = new CoverageCollector();
    one.flowNodeReached("approval", "Task_review");
    other.flowNodeReached("approval", "Task_review");

    one.writeTo(dir);
    other.writeTo(dir);

    assertThat(filesIn(dir)).hasSize(2);
  }

  private static Stream<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList().stream();
    }
  }
}
