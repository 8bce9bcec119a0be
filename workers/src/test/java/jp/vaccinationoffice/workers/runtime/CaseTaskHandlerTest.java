package jp.vaccinationoffice.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CaseTaskHandlerTest {

  private static final RetryPolicy THREE_RETRIES_FIVE_SECONDS = new RetryPolicy(3, Duration.ofSeconds(5));

  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);

  @BeforeEach
  void aTaskOfACase() {
    when(task.getBusinessKey()).thenReturn("case-1");
    when(task.getActivityId()).thenReturn("query-vrs");
  }

  @Test
  void completesWithTheWorkersVariables() {
    handlerFor(caseTask -> Map.of("recordsFound", true)).execute(task, service);

    verify(service).complete(task, Map.of("recordsFound", true));
    verify(service, never()).handleFailure(any(ExternalTask.class), anyString(), anyString(), anyInt(), anyLong());
  }

  @Test
  void turnsABusinessOutcomeIntoABpmnError() {
    handlerFor(caseTask -> {
      throw new BusinessOutcome("RECORDS_NOT_FOUND", "no records in 352021", Map.of("outcome", "NOT_FOUND"));
    }).execute(task, service);

    verify(service).handleBpmnError(task, "RECORDS_NOT_FOUND", "no records in 352021", Map.of("outcome", "NOT_FOUND"));
    verify(service, never()).complete(eq(task), anyMap());
  }

  @Test
  void aFirstFailureReportsTheConfiguredRetriesAndInterval() {
    when(task.getRetries()).thenReturn(null);
    handlerFor(caseTask -> {
      throw new IOException("VRS QUERY failed: HTTP 503");
    }).execute(task, service);

    verify(service).handleFailure(eq(task), eq("VRS QUERY failed: HTTP 503"), anyString(), eq(3), eq(5000L));
    verify(service, never()).complete(eq(task), anyMap());
  }

  @Test
  void laterFailuresCountDownToAnIncident() {
    when(task.getRetries()).thenReturn(1);
    handlerFor(caseTask -> {
      throw new IOException("VRS QUERY timed out after 2000 ms");
    }).execute(task, service);

    verify(service).handleFailure(eq(task), anyString(), anyString(), eq(0), eq(5000L));
  }

  @Test
  void masksTwelveDigitRunsInMessageAndDetails() {
    handlerFor(caseTask -> {
      throw new IllegalStateException("lower layer echoed 123456789018 back");
    }).execute(task, service);

    ArgumentCaptor<String> message = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<String> details = ArgumentCaptor.forClass(String.class);
    verify(service).handleFailure(eq(task), message.capture(), details.capture(), anyInt(), anyLong());
    assertThat(message.getValue()).isEqualTo("lower layer echoed ********9018 back");
    assertThat(details.getValue()).doesNotContain("123456789018").contains("********9018");
  }

  private CaseTaskHandler handlerFor(CaseWorker worker) {
    return new CaseTaskHandler("vrs-query-records", worker, THREE_RETRIES_FIVE_SECONDS);
  }
}
