package jp.vaccinationoffice.caseserver.tasklist;

import static jp.vaccinationoffice.caseserver.tasklist.MoveInFixtures.UBE;
import static jp.vaccinationoffice.caseserver.tasklist.MoveInFixtures.WITHOUT_RECORDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.vaccinationoffice.caseserver.support.FreePort;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The move-in forms in the real Operaton Tasklist, in headless Chromium: the clerk signs in, opens
 * each task from the task list, finds the fields of its form file, fills them in and completes the
 * task; the engine then holds what the form submitted and the case moves on.
 */
@FixedPortServerTest
class TasklistFormsTest extends ServerOnFreePort {

  static final FormFile CONFIRM_CONSENT = FormFile.read("confirm-consent");
  static final FormFile VERIFY_IDENTITY = FormFile.read("verify-identity");
  static final FormFile RESOLVE_NOT_FOUND = FormFile.read("resolve-not-found");
  static final FormFile CORRECT_RESIDENT_DETAILS = FormFile.read("correct-resident-details");


  @RegisterExtension
  final HeadlessChromium chromium = new HeadlessChromium();

  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  MoveInFixtures cases;
  TasklistPage tasklist;

  @BeforeEach
  void clerkSignedInToTasklist() {
    cases = new MoveInFixtures(new Http(PORT));
    cases.residentOfHofuVaccinatedInUbe();
    tasklist = new TasklistPage(chromium.driver(), PORT);
    tasklist.signIn("clerk", MoveInFixtures.PASSWORD);
  }

  @Test
  void consentConfirmedAndIdentityVerifiedInTasklistIssueTheTicket() {
    String caseId = cases.intake(UBE, false);

    String consentTask = awaitTask(caseId, "confirm-consent");
    TaskForm consent = tasklist.open(consentTask, CONFIRM_CONSENT);
    assertShowsTheFieldsOfItsFile(consent);
    assertThat(tasklist.comment("同意書は本日窓口で受領")).isEmpty();
    assertThat(tasklist.comment("個人番号 1234 5678 9018")).isNotEmpty();
    assertThat(taskService.getTaskComments(consentTask)).singleElement().satisfies(comment -> {
      assertThat(comment.getFullMessage()).isEqualTo("同意書は本日窓口で受領");
      assertThat(comment.getUserId()).isEqualTo("clerk");
    });
    consent.choose("consentAnswer", "CONFIRMED");
    chromium.screenshot("confirm-consent");
    tasklist.complete(consentTask);
    assertCompletedByTheClerkWith(consentTask, Map.of("consentAnswer", "CONFIRMED"));

    String identityTask = awaitTask(caseId, "verify-identity");
    TaskForm identity = tasklist.open(identityTask, VERIFY_IDENTITY);
    assertShowsTheFieldsOfItsFile(identity);
    identity.select("numberDocument", "MY_NUMBER_CARD");
    identity.select("identityDocument", "MY_NUMBER_CARD");
    chromium.screenshot("verify-identity");
    tasklist.complete(identityTask);
    assertCompletedByTheClerkWith(identityTask,
        Map.of("numberDocument", "MY_NUMBER_CARD", "identityDocument", "MY_NUMBER_CARD"));

    awaitStatus(caseId, "TICKET_ISSUED");
  }

  @Test
  void recordsNotFoundAreResolvedInTasklistWithTheCorrectedMunicipalityCode() {
    String caseId = cases.intake(WITHOUT_RECORDS, true);

    String identityTask = awaitTask(caseId, "verify-identity");
    TaskForm identity = tasklist.open(identityTask, VERIFY_IDENTITY);
    identity.select("numberDocument", "NOTIFICATION_CARD");
    identity.select("identityDocument", "DRIVERS_LICENSE");
    tasklist.complete(identityTask);
    assertCompletedByTheClerkWith(identityTask,
        Map.of("numberDocument", "NOTIFICATION_CARD", "identityDocument", "DRIVERS_LICENSE"));

    String resolveTask = awaitTask(caseId, "resolve-not-found");
    assertThat(status(caseId)).isEqualTo("RECORDS_NOT_FOUND");
    TaskForm resolve = tasklist.open(resolveTask, RESOLVE_NOT_FOUND);
    assertShowsTheFieldsOfItsFile(resolve);
    assertThat(resolve.shows("correctedMunicipalityCode")).as("shown before retrying is chosen").isFalse();
    resolve.choose("action", "RETRY_WITH_CODE");
    assertThat(resolve.label("correctedMunicipalityCode"))
        .isEqualTo(RESOLVE_NOT_FOUND.field("correctedMunicipalityCode").label());
    resolve.type("correctedMunicipalityCode", UBE);
    chromium.screenshot("resolve-not-found");
    tasklist.complete(resolveTask);
    assertCompletedByTheClerkWith(resolveTask,
        Map.of("action", "RETRY_WITH_CODE", "correctedMunicipalityCode", UBE));

    awaitStatus(caseId, "TICKET_ISSUED");
  }

  @Test
  void aRegistryMismatchShowsTheDifferingItemsAndTheClerkClosesTheCase() {
    cases.registeredUnderAnotherFamilyName();
    String caseId = cases.intake(UBE, true);
    taskService.complete(awaitTask(caseId, "verify-identity"),
        Map.of("numberDocument", "MY_NUMBER_CARD", "identityDocument", "MY_NUMBER_CARD"));

    String correctTask = awaitTask(caseId, "correct-resident-details");
    TaskForm correct = tasklist.open(correctTask, CORRECT_RESIDENT_DETAILS);
    assertShowsTheFieldsOfItsFile(correct);
    assertThat(correct.text()).contains("一致しなかった項目: 氏").doesNotContain("田中");
    correct.choose("detailsAction", "CLOSE");
    chromium.screenshot("correct-resident-details");
    tasklist.complete(correctTask);
    assertCompletedByTheClerkWith(correctTask, Map.of("detailsAction", "CLOSE"));

    awaitStatus(caseId, "REGISTRY_MISMATCH");
  }

  /** Every field of the form file that no condition hides, with its label and its options. */
  private static void assertShowsTheFieldsOfItsFile(TaskForm form) {
    for (FormFile.Field field : form.file().fields()) {
      if (field.hiddenByCondition()) {
        continue;
      }
      assertThat(form.label(field.key())).as("label of %s", field.key()).isEqualTo(field.label());
      assertThat(form.options(field.key())).as("options of %s", field.key())
          .containsExactlyElementsOf(field.options().values());
    }
  }

  private String awaitTask(String caseId, String taskKey) {
    Task task = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(caseId).taskDefinitionKey(taskKey).singleResult(), Objects::nonNull);
    return task.getId();
  }

  /** The engine's history: the clerk completed the task, and its process holds the submitted values, typed. */
  private void assertCompletedByTheClerkWith(String taskId, Map<String, Object> submitted) {
    HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    assertThat(task.getEndTime()).isNotNull();
    assertThat(task.getDeleteReason()).isEqualTo("completed");
    assertThat(task.getAssignee()).isEqualTo("clerk");
    Map<String, Object> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).variableNameIn(submitted.keySet().toArray(String[]::new))
        .list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
    assertThat(variables).isEqualTo(submitted);
  }

  private void awaitStatus(String caseId, String status) {
    await().atMost(Duration.ofSeconds(30)).until(() -> status(caseId), status::equals);
  }

  private String status(String caseId) {
    return jdbc.queryForObject("SELECT status FROM case_file WHERE id = ?", String.class, caseId);
  }
}
