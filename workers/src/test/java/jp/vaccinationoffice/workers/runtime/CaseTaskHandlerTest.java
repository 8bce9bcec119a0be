package jp.vaccinationoffice.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;

class CaseTaskHandlerTest {

  private static final RetryPolicy THREE_RETRIES_FIVE_SECONDS = new RetryPolicy(3, Duration.ofSeconds(5));
  private static final String WORKER = "worker-1";

  LockedExternalTask task = mock(LockedExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  ModeledErrors errors = mock(ModeledErrors.class);
  List<Long> retryWakeUps = new ArrayList<>();

  @BeforeEach
  void aTaskOfACase() {
    when(task.getId()).thenReturn("task-1");
    when(task.getBusinessKey()).thenReturn("case-1");
    when(task.getActivityId()).thenReturn("query-vrs");
    when(task.getProcessDefinitionId()).thenReturn("move-in:1:1");
  }

  @Test
  void completesWithTheWorkersVariables() {
    handlerFor(caseTask -> Map.of("recordsFound", true)).execute(task);

    verify(service).complete("task-1", WORKER, Map.of("recordsFound", true));
    verify(service, never()).handleFailure(anyString(), anyString(), anyString(), anyString(), anyInt(), anyLong());
  }

  @Test
  void givesTheWorkerTheCaseAndWhereItStands() {
    when(task.getActivityInstanceId()).thenReturn("query-vrs:7");
    when(task.getTenantId()).thenReturn("352063");
    List<CaseTask> seen = new ArrayList<>();
    handlerFor(caseTask -> {
      seen.add(caseTask);
      return Map.of();
    }).execute(task);

    assertThat(seen).singleElement().satisfies(caseTask -> {
      assertThat(caseTask.caseId()).isEqualTo("case-1");
      assertThat(caseTask.activityInstanceId()).isEqualTo("query-vrs:7");
      assertThat(caseTask.municipalityCode()).isEqualTo("352063");
    });
  }

  @Test
  void turnsABusinessOutcomeIntoABpmnError() {
    handlerFor(caseTask -> {
      throw new BusinessOutcome("RECORDS_NOT_FOUND", "no records in 352021", Map.of("outcome", "NOT_FOUND"));
    }).execute(task);

    verify(service).handleBpmnError("task-1", WORKER, "RECORDS_NOT_FOUND", "no records in 352021",
        Map.of("outcome", "NOT_FOUND"));
    verify(service, never()).complete(eq("task-1"), eq(WORKER), anyMap());
  }

  @Test
  void aFirstFailureReportsTheConfiguredRetriesAndIntervalAndWakesTheFetchWhenDue() {
    when(task.getRetries()).thenReturn(null);
    handlerFor(caseTask -> {
      throw new IOException("VRS QUERY failed: HTTP 503");
    }).execute(task);

    verify(service).handleFailure(eq("task-1"), eq(WORKER), eq("VRS QUERY failed: HTTP 503"), anyString(), eq(3),
        eq(5000L));
    verify(service, never()).complete(eq("task-1"), eq(WORKER), anyMap());
    assertThat(retryWakeUps).containsExactly(5000L);
  }

  @Test
  void laterFailuresCountDownToAnIncident() {
    when(task.getRetries()).thenReturn(1);
    handlerFor(caseTask -> {
      throw new IOException("VRS QUERY timed out after 2000 ms");
    }).execute(task);

    verify(service).handleFailure(eq("task-1"), eq(WORKER), anyString(), anyString(), eq(0), eq(5000L));
    assertThat(retryWakeUps).isEmpty();
  }

  @Test
  void aRefusalIsNotRetriedButBecomesAnIncidentWithItsTitle() {
    when(task.getRetries()).thenReturn(null);
    handlerFor(caseTask -> {
      throw new Refused("VRS REGISTER_TICKET rejected: HTTP 400 Bad Request: ticketNumber must have 10 digits");
    }).execute(task);

    verify(service).handleFailure(eq("task-1"), eq(WORKER),
        eq("VRS REGISTER_TICKET rejected: HTTP 400 Bad Request: ticketNumber must have 10 digits"), anyString(), eq(0),
        eq(0L));
    verify(service, never()).handleBpmnError(anyString(), anyString(), anyString(), anyString(), anyMap());
    assertThat(retryWakeUps).isEmpty();
  }

  @Test
  void aRefusalIsABpmnErrorWhereTheModelCatchesIt() {
    when(errors.catches("move-in:1:1", "query-vrs", Refused.CODE)).thenReturn(true);
    handlerFor(caseTask -> {
      throw new Refused("VRS QUERY rejected: HTTP 404");
    }).execute(task);

    verify(service).handleBpmnError("task-1", WORKER, Refused.CODE, "VRS QUERY rejected: HTTP 404", Map.of());
    verify(service, never()).handleFailure(anyString(), anyString(), anyString(), anyString(), anyInt(), anyLong());
  }

  @Test
  void masksTwelveDigitRunsInMessageAndDetails() {
    handlerFor(caseTask -> {
      throw new IllegalStateException("lower layer echoed 123456789018 back");
    }).execute(task);

    ArgumentCaptor<String> message = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<String> details = ArgumentCaptor.forClass(String.class);
    verify(service).handleFailure(eq("task-1"), eq(WORKER), message.capture(), details.capture(), anyInt(), anyLong());
    assertThat(message.getValue()).isEqualTo("lower layer echoed ********9018 back");
    assertThat(details.getValue()).doesNotContain("123456789018").contains("********9018");
  }

  private CaseTaskHandler handlerFor(CaseWorker worker) {
    return new CaseTaskHandler("vrs-query-records", worker, THREE_RETRIES_FIVE_SECONDS,
        new CaseTaskHandler.Engine(service, WORKER, StepTransactions.NONE, errors, retryWakeUps::add));
  }

  static final class Refused extends RuntimeException implements PermanentFailure {
    static final String CODE = "REFUSED";

    Refused(String message) {
      super(message);
    }

    @Override
    public String errorCode() {
      return CODE;
    }

    @Override
    public String title() {
      return getMessage();
    }
  }
}
