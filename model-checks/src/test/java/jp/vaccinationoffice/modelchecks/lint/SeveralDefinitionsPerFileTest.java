package jp.vaccinationoffice.modelchecks.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files holding several processes or decisions: one of them must carry the file's name. */
class SeveralDefinitionsPerFileTest {

  @TempDir
  Path root;

  @Test
  void oneExecutableProcessNamedAfterTheFileIsEnough() throws IOException {
    writeBpmn("intake", "intake", "intake-reminder");

    assertThat(violationsOf(Rule.PROCESS_ID_MATCHES_FILE)).isEmpty();
  }

  @Test
  void noExecutableProcessNamedAfterTheFileIsReportedOnTheFirst() throws IOException {
    writeBpmn("intake", "intake-main", "intake-reminder");

    assertThat(violationsOf(Rule.PROCESS_ID_MATCHES_FILE)).singleElement()
        .extracting(Violation::elementId).isEqualTo("intake-main");
  }

  @Test
  void aNonExecutablePoolNamedAfterTheFileDoesNotCount() throws IOException {
    Files.createDirectories(root.resolve("processes"));
    Files.writeString(root.resolve("processes/intake.bpmn"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="t">
          <bpmn:process id="intake" name="Resident" isExecutable="false" />
          <bpmn:process id="intake-office" name="Office" isExecutable="true" />
        </bpmn:definitions>
        """);

    assertThat(violationsOf(Rule.PROCESS_ID_MATCHES_FILE)).singleElement()
        .extracting(Violation::elementId).isEqualTo("intake-office");
  }

  @Test
  void oneDecisionOfADrdNamedAfterTheFileIsEnough() throws IOException {
    writeDmn("eligibility", "eligibility", "eligibility-age");

    assertThat(violationsOf(Rule.DECISION_ID_MATCHES_FILE)).isEmpty();
  }

  @Test
  void noDecisionOfADrdNamedAfterTheFileIsReported() throws IOException {
    writeDmn("eligibility", "eligibility-main", "eligibility-age");

    assertThat(violationsOf(Rule.DECISION_ID_MATCHES_FILE)).singleElement()
        .extracting(Violation::elementId).isEqualTo("eligibility-main");
  }

  private List<Violation> violationsOf(Rule rule) {
    return ModelLint.checkRepository(root, Set.of()).stream().filter(v -> v.rule() == rule).toList();
  }

  private void writeBpmn(String fileName, String... processIds) throws IOException {
    StringBuilder processes = new StringBuilder();
    for (String id : processIds) {
      processes.append("  <bpmn:process id=\"").append(id).append("\" name=\"").append(id)
          .append("\" isExecutable=\"true\" />\n");
    }
    Files.createDirectories(root.resolve("processes"));
    Files.writeString(root.resolve("processes/" + fileName + ".bpmn"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="t">
        %s</bpmn:definitions>
        """.formatted(processes));
  }

  private void writeDmn(String fileName, String... decisionIds) throws IOException {
    StringBuilder decisions = new StringBuilder();
    for (String id : decisionIds) {
      decisions.append("  <decision id=\"").append(id).append("\" name=\"").append(id).append("\" />\n");
    }
    Files.createDirectories(root.resolve("dmn"));
    Files.writeString(root.resolve("dmn/" + fileName + ".dmn"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_1" name="d" namespace="t">
        %s</definitions>
        """.formatted(decisions));
  }
}
