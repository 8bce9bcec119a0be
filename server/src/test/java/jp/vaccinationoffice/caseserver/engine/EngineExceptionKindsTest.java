package jp.vaccinationoffice.caseserver.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.ProcessEnginePersistenceException;
import org.operaton.bpm.engine.exception.NullValueException;
import org.operaton.bpm.engine.rest.exception.InvalidRequestException;
import org.operaton.bpm.engine.rest.exception.RestException;

class EngineExceptionKindsTest {

  static final String TASK = "9a9b6139-f114-11f1-8bf7-02fc00000001";

  @Test
  void anotherTenantsIdAndAnUnknownIdAreTheSameNotFound() {
    EngineProblem foreign = EngineExceptionKinds.classify(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("ENGINE-13034 Cannot work on task '" + TASK + "' because it belongs to no authenticated tenant."),
        "Cannot complete task " + TASK));
    EngineProblem unknown = EngineExceptionKinds.classify(new NullValueException("Cannot find task with id " + TASK + ": task is null"));
    EngineProblem wrappedInA400 = EngineExceptionKinds.classify(new InvalidRequestException(Response.Status.BAD_REQUEST,
        new ProcessEngineException("ENGINE-13034 Cannot read the task '" + TASK + "' because it belongs to no authenticated tenant."),
        "Cannot get form for task " + TASK));
    EngineProblem unmatchedId = EngineExceptionKinds.classify(
        new InvalidRequestException(Response.Status.NOT_FOUND, "No matching task with id " + TASK));
    assertThat(foreign).isEqualTo(unknown).isEqualTo(wrappedInA400).isEqualTo(unmatchedId).isEqualTo(EngineProblem.notFound());
    assertThat(foreign.detail()).doesNotContain(TASK).doesNotContain("tenant");
  }

  @Test
  void refusalsWrappedByTheRestLayerAreJudgedByTheirCause() {
    EngineProblem listener = EngineExceptionKinds.classify(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("listener failed", new BadUserRequestException("numberDocument must be one of …")), "Cannot complete task"));
    assertThat(listener.status()).isEqualTo(400);
    assertThat(listener.detail()).contains("numberDocument");
    assertThat(EngineExceptionKinds.classify(new ProcessEngineException(
        "ENGINE-17007 Cannot set variable with name x. Java serialization format is prohibited")).status()).isEqualTo(400);
    assertThat(EngineExceptionKinds.classify(new NullValueException("valueType is null")).status()).isEqualTo(400);
    assertThat(EngineExceptionKinds.classify(new ProcessEngineException("Unknown property used in expression:"
        + " ${consentConfirmed}. Cause: Cannot resolve identifier 'consentConfirmed'", new IllegalStateException())).detail())
        .contains("consentConfirmed");
  }

  @Test
  void eachKindHasItsStatus() {
    assertThat(EngineExceptionKinds.classify(new AuthorizationException("no")).status()).isEqualTo(403);
    assertThat(EngineExceptionKinds.classify(new OptimisticLockingException("concurrently")).status()).isEqualTo(409);
    assertThat(EngineExceptionKinds.classify(new NotAllowedException("GET")).status()).isEqualTo(405);
    assertThat(EngineExceptionKinds.classify(new NullPointerException("Cannot invoke \"org.operaton.bpm.engine.rest.dto"
        + ".task.TaskQueryDto.setObjectMapper(com.fasterxml.jackson.databind.ObjectMapper)\" because \"queryDto\" is null"))
        .status()).isEqualTo(400);
    EngineProblem unbounded = EngineExceptionKinds.classify(new BadUserRequestException("An unbound number of results is forbidden!"));
    assertThat(unbounded.detail()).contains("maxResults").contains("2,000");
  }

  @Test
  void faultsOfTheServerStay500() {
    assertThat(EngineExceptionKinds.classify(new ProcessEnginePersistenceException("ENGINE-03083 failed",
        new SQLException("ERROR: relation \"act_ru_task\" does not exist"))).status()).isEqualTo(500);
    assertThat(EngineExceptionKinds.classify(new IllegalStateException("a bug")).status()).isEqualTo(500);
    assertThat(EngineExceptionKinds.classify(new NullPointerException("something else is null")).status()).isEqualTo(500);
  }

  @Test
  void aMyNumberInAnEngineMessageIsMasked() {
    EngineProblem problem = EngineExceptionKinds.classify(new InvalidRequestException(Response.Status.BAD_REQUEST,
        "Cannot set query parameter 'assignee' to value '123456789018'"));
    assertThat(problem.detail()).doesNotContain("123456789018").contains("************");
  }
}
