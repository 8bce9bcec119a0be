package jp.vaccinationoffice.caseserver.staffwrites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine REST endpoints of Operaton 1.0.3 that change something, sorted by what they may write.
 * The list was taken from the API's resource interfaces; every endpoint that takes variables is here.
 */
class EngineWriteRulesTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      // task completion: the form decides
      "POST, task/t1/complete, FORM_COMPLETION",
      "POST, task/t1/submit-form, FORM_COMPLETION",
      "POST, task/t1/resolve, FORM_COMPLETION",
      // assignment: only to users who can work the task
      "POST, task/t1/claim, ASSIGNMENT",
      "POST, task/t1/assignee, ASSIGNMENT",
      "POST, task/t1/delegate, ASSIGNMENT",
      "PUT, task/t1, TASK_UPDATE",
      "POST, task/t1/identity-links, IDENTITY_LINK",
      "POST, task/t1/identity-links/delete, IDENTITY_LINK",
      // variable resources
      "PUT, task/t1/variables/v, VARIABLE_RESOURCE",
      "DELETE, task/t1/variables/v, VARIABLE_RESOURCE",
      "POST, task/t1/variables, VARIABLE_RESOURCE",
      "POST, task/t1/variables/v/data, VARIABLE_RESOURCE",
      "PUT, task/t1/localVariables/v, VARIABLE_RESOURCE",
      "DELETE, task/t1/localVariables/v, VARIABLE_RESOURCE",
      "POST, task/t1/localVariables, VARIABLE_RESOURCE",
      "POST, task/t1/localVariables/v/data, VARIABLE_RESOURCE",
      "PUT, process-instance/p1/variables/v, VARIABLE_RESOURCE",
      "DELETE, process-instance/p1/variables/v, VARIABLE_RESOURCE",
      "POST, process-instance/p1/variables, VARIABLE_RESOURCE",
      "POST, process-instance/p1/variables/v/data, VARIABLE_RESOURCE",
      "POST, process-instance/variables-async, VARIABLE_RESOURCE",
      "PUT, execution/e1/localVariables/v, VARIABLE_RESOURCE",
      "DELETE, execution/e1/localVariables/v, VARIABLE_RESOURCE",
      "POST, execution/e1/localVariables, VARIABLE_RESOURCE",
      "POST, execution/e1/localVariables/v/data, VARIABLE_RESOURCE",
      "PUT, case-instance/c1/variables/v, VARIABLE_RESOURCE",
      "DELETE, case-instance/c1/variables/v, VARIABLE_RESOURCE",
      "POST, case-instance/c1/variables, VARIABLE_RESOURCE",
      "POST, case-instance/c1/variables/v/data, VARIABLE_RESOURCE",
      "PUT, case-execution/c1/variables/v, VARIABLE_RESOURCE",
      "PUT, case-execution/c1/localVariables/v, VARIABLE_RESOURCE",
      "POST, case-execution/c1/localVariables, VARIABLE_RESOURCE",
      "DELETE, case-execution/c1/localVariables/v, VARIABLE_RESOURCE",
      "DELETE, history/variable-instance/h1, VARIABLE_RESOURCE",
      "DELETE, history/process-instance/p1/variable-instances, VARIABLE_RESOURCE",
      // external tasks: the server's own workers only
      "POST, external-task/fetchAndLock, EXTERNAL_TASK",
      "POST, external-task/x1/complete, EXTERNAL_TASK",
      "POST, external-task/x1/bpmnError, EXTERNAL_TASK",
      "POST, external-task/x1/failure, EXTERNAL_TASK",
      "POST, external-task/x1/lock, EXTERNAL_TASK",
      "POST, external-task/x1/extendLock, EXTERNAL_TASK",
      "POST, external-task/x1/unlock, EXTERNAL_TASK",
      "PUT, external-task/x1/retries, EXTERNAL_TASK",
      "POST, external-task/retries-async, EXTERNAL_TASK",
      // refused when the body carries variables
      "POST, task/t1/bpmnError, OTHER",
      "POST, task/t1/bpmnEscalation, OTHER",
      "POST, process-instance/p1/modification, OTHER",
      "POST, process-instance/p1/modification-async, OTHER",
      "POST, process-instance/message-async, OTHER",
      "POST, execution/e1/signal, OTHER",
      "POST, execution/e1/messageSubscriptions/m/trigger, OTHER",
      "POST, case-instance/c1/complete, OTHER",
      "POST, case-execution/c1/manual-start, OTHER",
      "POST, case-definition/key/k/create, OTHER",
      "POST, process-definition/d1/start, OTHER",
      "POST, process-definition/key/k/tenant-id/352063/submit-form, OTHER",
      "POST, process-definition/key/k/restart-async, OTHER",
      "POST, decision-definition/key/k/evaluate, OTHER",
      "POST, message, OTHER",
      "POST, signal, OTHER",
      "POST, condition, OTHER",
      "POST, migration/execute, OTHER",
      "POST, migration/executeAsync, OTHER",
      "POST, modification/execute, OTHER",
      "POST, modification/executeAsync, OTHER",
      // queries: their bodies name variables as criteria
      "POST, task, QUERY",
      "POST, task/count, QUERY",
      "POST, filter/f1/list, QUERY",
      "POST, filter/f1/count, QUERY",
      "POST, process-instance, QUERY",
      "POST, variable-instance, QUERY",
      "POST, external-task/count, QUERY",
      "POST, history/variable-instance, QUERY",
      "POST, history/task/count, QUERY",
      "GET, task/t1/variables, READ",
      "GET, process-instance/p1/variables/v, READ",
      // other changes carry no variables
      "POST, task/t1/comment/create, OTHER",
      "PUT, user/clerk/credentials, OTHER",
      "DELETE, task/t1, OTHER"})
  void sortsEveryChangingEndpoint(String method, String path, EngineWriteKind kind) {
    assertThat(EngineWriteRules.classify(method, path)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({"task/t1/complete, t1", "task/t1, t1", "process-instance/p1, "})
  void findsTheTaskId(String path, String taskId) {
    assertThat(EngineWriteRules.taskId(path)).isEqualTo(taskId);
  }

  @ParameterizedTest
  @CsvSource({"'/task//t1/variables/v/', task/t1/variables/v", "'task/t1', task/t1",
      "'engine/default/task/t1/assignee', task/t1/assignee", "'engine/default', engine/default"})
  void normalisesSpellingsOfOnePath(String raw, String normalised) {
    assertThat(EngineWriteRules.normalise(Arrays.asList(raw.split("/")))).isEqualTo(normalised);
  }
}
