package jp.vaccinationoffice.modelchecks.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelLintTest {

  private static final List<WorkerDeclaration> WORKERS = List.of(
      new WorkerDeclaration("query-vrs", "QueryVrsWorker", Set.of()),
      new WorkerDeclaration("ask-vrs", "AskVrsWorker", Set.of("NOT_FOUND")),
      new WorkerDeclaration("lookup-registry", "RegistryLookupWorker", Set.of()));
  private static final Set<String> BEANS = Set.of("permissionRules");

  @Test
  void validModelsHaveNoViolations() {
    assertThat(lint("valid")).isEmpty();
  }

  /** Each fixture is the valid set with exactly one rule broken; variants of a rule follow "--". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      process-id-matches-file     | processes/query-records.bpmn     | record-query           | 3
      process-history-ttl         | processes/record-query.bpmn      | record-query           | 3
      decision-id-matches-file    | dmn/permission.dmn               | provision-permitted    | 3
      decision-history-ttl        | dmn/provision-permitted.dmn      | provision-permitted    | 3
      user-task-candidate-group   | processes/record-query.bpmn      | Task_verify_identity   | 7
      user-task-form-exists       | processes/record-query.bpmn      | Task_verify_identity   | 7
      form-id-matches-file        | forms/identity-check.form        | verify-identity        | 2
      decision-ref-exists         | processes/record-query.bpmn      | Task_decide_permission | 11
      external-topic-has-worker   | processes/record-query.bpmn      | Task_query_records     | 20
      gateway-flow-named          | processes/record-query.bpmn      | Flow_permitted         | 33
      gateway-has-default         | processes/record-query.bpmn      | Gateway_permitted      | 15
      element-named               | processes/record-query.bpmn      | EndEvent_queried       | 24
      element-named--process      | processes/record-query.bpmn      | record-query           | 3
      element-named--decision     | dmn/provision-permitted.dmn      | provision-permitted    | 3
      form-field-labelled         | forms/verify-identity.form       | identityVerified       | 31
      form-component-id-unique    | forms/verify-identity.form       | verify-identity        | 16
      expression-reads-variables-only           | processes/record-query.bpmn | Flow_permitted     | 33
      expression-reads-variables-only--listener | processes/record-query.bpmn | EndEvent_queried   | 24
      expression-reads-variables-only--bean     | processes/record-query.bpmn | Flow_permitted     | 33
      worker-error-has-boundary   | processes/record-query.bpmn      | Task_query_records     | 20
      worker-named-after-topic    | processes/record-query.bpmn      | Task_query_records     | 20
      task-named-verb-object      | processes/record-query.bpmn      | Task_query_records     | 20
      task-named-verb-object--japanese | processes/record-query.bpmn | Task_query_records     | 20
      merge-gateway-unnamed       | processes/record-query.bpmn      | Gateway_join           | 38
      process-documented          | processes/record-query.bpmn      | record-query           | 3
      process-map-matches         | README.md                        | record-query           | 5
      malformed-file              | processes/record-query.bpmn      | -                      | 10
      malformed-file--bpmn-schema | processes/record-query.bpmn      | -                      | 4
      malformed-file--dmn         | dmn/eligibility.dmn              | -                      | 4
      malformed-file--form        | forms/consent.form               | -                      | 4
      """)
  void brokenFixtureReportsExactlyItsRule(String fixture, String file, String elementId, Integer line) {
    Rule rule = Rule.ofCode(fixture.split("--")[0]);

    List<Violation> violations = lint("broken/" + fixture);

    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.rule()).isEqualTo(rule);
      assertThat(violation.file()).isEqualTo(file);
      assertThat(violation.elementId()).isEqualTo(elementId);
      assertThat(violation.line()).isEqualTo(line);
    });
  }

  @Test
  void everyRuleHasABrokenFixture() throws Exception {
    Set<String> fixtureRules;
    try (Stream<Path> fixtures = Files.list(resource("broken"))) {
      fixtureRules = fixtures.map(p -> p.getFileName().toString().split("--")[0]).collect(Collectors.toSet());
    }
    assertThat(fixtureRules).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(Rule.values()).map(Rule::code).toList());
  }

  @Test
  void violationReadsAsFileLineElementAndMessage() {
    Violation violation = new Violation("processes/move-in-record-query.bpmn", 42, "verify-identity",
        Rule.USER_TASK_CANDIDATE_GROUP, "user task has no candidate group");

    assertThat(violation).hasToString(
        "processes/move-in-record-query.bpmn:42 [verify-identity] user task has no candidate group"
            + " (user-task-candidate-group)");
  }

  @Test
  void missingDirectoriesCountAsEmpty() {
    assertThat(ModelLint.checkRepository(Path.of("does-not-exist"), Set.of())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Verify identity documents | true
      Issue ticket number       | true
      Record provision          | true
      本人確認書類を確認する        | true
      本人確認                   | true
      転出先への記録提供を承認する     | true
      住所を変更する               | true
      記録を送る                  | true
      本人確認（受付番号 ${receptionNumber}） | true
      確認する                   | false
      承認                      | false
      接種記録                   | false
      送る                      | false
      本人確認書類                | false
      Vaccination               | false
      Identity verification     | false
      Registration of ticket    | false
      The ticket                | false
      """)
  void taskNamesAreVerbAndObject(String name, boolean verbAndObject) {
    assertThat(TaskNames.isVerbAndObject(name)).isEqualTo(verbAndObject);
  }

  @Test
  void workerClassesAreNamedAfterTheirTopic() {
    assertThat(WorkerDeclaration.classNameFor("vrs-query-move-in-records")).isEqualTo("VrsQueryMoveInRecordsWorker");
    assertThat(WorkerDeclaration.classNameFor("provision-record")).isEqualTo("ProvisionRecordWorker");
  }

  private static List<Violation> lint(String fixture) {
    return ModelLint.checkRepository(resource(fixture), WORKERS, BEANS);
  }

  static Path resource(String fixture) {
    try {
      return Path.of(ModelLintTest.class.getResource("/lint/" + fixture).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
