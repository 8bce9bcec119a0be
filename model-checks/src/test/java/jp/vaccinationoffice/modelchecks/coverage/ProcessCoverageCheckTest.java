package jp.vaccinationoffice.modelchecks.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jp.vaccinationoffice.modelchecks.coverage.CoverageCheckResult.UnreachedFlowNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCoverageCheckTest {

  private static final Path PROCESSES = resource("coverage/processes");

  @TempDir
  Path coverageDir;

  private final ByteArrayOutputStream summary = new ByteArrayOutputStream();

  @Test
  void passesWhenTheTestsTogetherReachEveryFlowNode() throws IOException {
    CoverageCheckResult result = check("full");

    assertThat(result.passed()).isTrue();
    assertThat(result.coverageFiles()).isEqualTo(2);
    assertThat(result.processes()).extracting(ProcessCoverageReport::processId)
        .containsExactly("approval", "notification");
    assertThat(summary()).contains("Every flow node was reached by a test.");

    JsonNode report = new ObjectMapper().readTree(coverageDir.resolve("report/approval.json").toFile());
    assertThat(report.at("/flowNodes/total").asInt()).isEqualTo(6);
    assertThat(report.at("/flowNodes/percent").asDouble()).isEqualTo(100.0);
    assertThat(report.at("/sequenceFlows/notReached").size()).isZero();
    assertThat(coverageDir.resolve("report/notification.json")).exists();
    assertThat(coverageDir.resolve("report/fixture-only.json")).doesNotExist();
  }

  @Test
  void failsAndNamesTheFlowNodeNoTestReached() throws IOException {
    CoverageCheckResult result = check("missing-node");

    assertThat(result.passed()).isFalse();
    assertThat(result.unreachedFlowNodes())
        .containsExactly(new UnreachedFlowNode("approval", "EndEvent_rejected", "Request rejected"));
    assertThat(summary()).contains("approval EndEvent_rejected \"Request rejected\"");

    JsonNode report = new ObjectMapper().readTree(coverageDir.resolve("report/approval.json").toFile());
    assertThat(report.at("/flowNodes/percent").asDouble()).isEqualTo(83.3);
    assertThat(report.at("/sequenceFlows/notReached/0/id").asText()).isEqualTo("Flow_rejected");
  }

  @Test
  void failsForAProcessWithoutAnyCoverageData() throws IOException {
    CoverageCheckResult result = check("no-data-for-process");

    assertThat(result.passed()).isFalse();
    assertThat(result.unreachedFlowNodes()).containsExactly(
        new UnreachedFlowNode("notification", "EndEvent_notice_sent", "Notice sent"),
        new UnreachedFlowNode("notification", "StartEvent_notice_due", "Notice due"));
  }

  @Test
  void failsForEveryFlowNodeWhenNoTestWroteCoverage() throws IOException {
    CoverageCheckResult result = ProcessCoverageCheck.run(PROCESSES, coverageDir.resolve("absent"), out());

    assertThat(result.coverageFiles()).isZero();
    assertThat(result.unreachedFlowNodes()).hasSize(8);
  }

  private CoverageCheckResult check(String fixture) throws IOException {
    try (Stream<Path> files = Files.list(resource("coverage/data/" + fixture))) {
      for (Path file : files.toList()) {
        Files.copy(file, coverageDir.resolve(file.getFileName()));
      }
    }
    return ProcessCoverageCheck.run(PROCESSES, coverageDir, out());
  }

  private PrintStream out() {
    return new PrintStream(summary, true, StandardCharsets.UTF_8);
  }

  private String summary() {
    return summary.toString(StandardCharsets.UTF_8);
  }

  private static Path resource(String name) {
    try {
      return Path.of(ProcessCoverageCheckTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
