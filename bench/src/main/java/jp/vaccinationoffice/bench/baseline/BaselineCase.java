package jp.vaccinationoffice.bench.baseline;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.vaccinationoffice.bench.load.CaseDriver;
import jp.vaccinationoffice.bench.load.CaseTiming;
import jp.vaccinationoffice.bench.load.EndPolling;
import jp.vaccinationoffice.bench.load.EndWatch;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.task.Task;

/**
 * One baseline case: start, complete the identity check, wait until the engine records the end
 * (learnt as the case server's are, one question for all open cases: {@link EndWatch}).
 */
final class BaselineCase implements CaseDriver, AutoCloseable {

  private static final Duration PATIENCE = Duration.ofSeconds(180);
  private static final Duration END_WATCH_INTERVAL = Duration.ofMillis(100);

  private final ProcessEngine engine;
  private final EndWatch<HistoricProcessInstance> ends;

  BaselineCase(ProcessEngine engine) {
    this.engine = engine;
    this.ends = new EndWatch<>("baseline end watch", END_WATCH_INTERVAL, this::ended);
  }

  @Override
  public CaseTiming run(int index) throws Exception {
    Instant started = Instant.now();
    String caseId = UUID.randomUUID().toString();
    String processInstanceId = engine.getRuntimeService().startProcessInstanceByKey(BaselineEngine.PROCESS_KEY, caseId,
        Map.of("caseId", caseId, "municipalityCode", "352063", "consentId", UUID.randomUUID().toString(),
            "formReceived", true, "protectionFlag", false,
            // what the server's parse listener sets at every start: the reception number task names quote
            "receptionNumber", caseId.substring(0, 8).toUpperCase(java.util.Locale.ROOT))).getId();

    String taskId = EndPolling.await("verify-identity of baseline case " + index, PATIENCE, () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey("verify-identity").singleResult();
      return Optional.ofNullable(task).map(Task::getId);
    });
    engine.getTaskService().complete(taskId,
        Map.of("numberDocument", "MY_NUMBER_CARD", "identityDocument", "MY_NUMBER_CARD"));

    HistoricProcessInstance ended = ends.await("end of baseline case " + index, processInstanceId, PATIENCE);
    String endActivity = ended.getEndActivityId();
    if (!"case-ticket-issued".equals(endActivity)) {
      throw new IllegalStateException("baseline case " + index + " ended at " + endActivity);
    }
    return new CaseTiming(started, ended.getEndTime().toInstant());
  }

  private Map<String, HistoricProcessInstance> ended(Set<String> processInstanceIds) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceIds(processInstanceIds).finished().list().stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
  }

  @Override
  public void close() throws InterruptedException {
    ends.close();
  }
}
