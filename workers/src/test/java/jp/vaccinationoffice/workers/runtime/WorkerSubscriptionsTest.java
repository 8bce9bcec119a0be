package jp.vaccinationoffice.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;

/** The fetch loop against a real engine on an in-memory H2 database. */
class WorkerSubscriptionsTest {

  private static final String TOPIC = "test-step";
  private static final String OTHER_TOPIC = "other-step";

  private ProcessEngine engine;
  private WorkerSubscriptions subscriptions;
  private final List<String> worked = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Map<String, Object>> variablesSeen = new ConcurrentHashMap<>();

  /** Records each task's case and the variables it came with. */
  private abstract class Recording implements CaseWorker {
    @Override
    public Map<String, Object> execute(CaseTask task) {
      variablesSeen.put(task.caseId(), task.variables());
      worked.add(task.caseId());
      return Map.of();
    }
  }

  @ExternalTaskTopic(TOPIC)
  private final class RecordingWorker extends Recording {}

  @ExternalTaskTopic(value = OTHER_TOPIC, variables = "outcome")
  private final class OtherWorker extends Recording {}

  @BeforeEach
  void engineWithOneExternalTaskProcess() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:worker-subscriptions-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setJobExecutorActivate(false);
    // as in the server: random ids, so the tables' own order says nothing about when a task was made
    configuration.setIdGenerator(new StrongUuidGenerator());
    engine = configuration.buildProcessEngine();
    BpmnModelInstance process = Bpmn.createExecutableProcess("one-step").startEvent()
        .serviceTask("step").operatonExternalTask(TOPIC).endEvent().done();
    BpmnModelInstance other = Bpmn.createExecutableProcess("other-step").startEvent()
        .serviceTask("other").operatonExternalTask(OTHER_TOPIC).endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("one-step.bpmn", process)
        .addModelInstance("other-step.bpmn", other).deploy();
  }

  @AfterEach
  void stop() {
    if (subscriptions != null) {
      subscriptions.stop(Duration.ofSeconds(5));
    }
    ClockUtil.reset();
    engine.close();
  }

  @Test
  void theOldestTasksAreWorkedOnFirst() {
    // made in an order of their own (nodes' clocks, a database that reuses the space of deleted rows):
    // the time each task was made decides, not where its row lies
    List<Integer> minutes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      minutes.add(i);
    }
    Collections.shuffle(minutes, new Random(7));
    long nine = Instant.parse("2026-12-01T00:00:00Z").toEpochMilli();
    for (int minute : minutes) {
      ClockUtil.setCurrentTime(new Date(nine + minute * 60_000L));
      engine.getRuntimeService().startProcessInstanceByKey("one-step", "case-" + (char) ('a' + minute));
    }
    List<String> oldestFirst = minutes.stream().sorted().map(minute -> "case-" + (char) ('a' + minute)).toList();
    ClockUtil.reset();

    // one task at a time: the order of the fetches is the order of the work
    subscriptions = new WorkerSubscriptions(List.of(new RecordingWorker()), new WorkerProperties(true, "test-worker",
        Duration.ofSeconds(30), 1, Duration.ofMillis(200), 1, Duration.ofMillis(200), 1),
        engine.getExternalTaskService(), StepTransactions.NONE, new ModeledErrors(engine.getRepositoryService()),
        new TaskSignal());
    subscriptions.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> worked.size() == oldestFirst.size());
    assertThat(worked).containsExactlyElementsOf(oldestFirst);
  }

  @Test
  void aSignalForOneTopicFetchesThatTopicTheSlowPollEveryTopic() throws Exception {
    TaskSignal signal = new TaskSignal();
    subscriptions = new WorkerSubscriptions(List.of(new RecordingWorker(), new OtherWorker()),
        new WorkerProperties(true, "test-worker", Duration.ofSeconds(30), 10, Duration.ofSeconds(3), 1,
            Duration.ofMillis(200), 4),
        engine.getExternalTaskService(), StepTransactions.NONE, new ModeledErrors(engine.getRepositoryService()), signal);
    subscriptions.start();
    Thread.sleep(300); // the first fetch, for every topic, found nothing and waits for a signal or the poll

    engine.getRuntimeService().startProcessInstanceByKey("other-step", "not-signaled");
    engine.getRuntimeService().startProcessInstanceByKey("one-step", "signaled");
    signal.signal(TOPIC);

    await().atMost(Duration.ofSeconds(2)).until(() -> worked.contains("signaled"));
    assertThat(worked).as("the other topic's task waits for the poll").doesNotContain("not-signaled");
    await().atMost(Duration.ofSeconds(10)).until(() -> worked.contains("not-signaled"));
  }

  @Test
  void aWorkerGetsTheVariablesItDeclaresAndNoOthers() {
    Map<String, Object> variables = Map.of("outcome", "PROVIDED", "myNumberIndex", "not for workers");
    engine.getRuntimeService().startProcessInstanceByKey("one-step", "declares-none", variables);
    engine.getRuntimeService().startProcessInstanceByKey("other-step", "declares-outcome", variables);
    subscriptions = new WorkerSubscriptions(List.of(new RecordingWorker(), new OtherWorker()),
        new WorkerProperties(true, "test-worker", Duration.ofSeconds(30), 10, Duration.ofMillis(200), 1,
            Duration.ofMillis(200), 4),
        engine.getExternalTaskService(), StepTransactions.NONE, new ModeledErrors(engine.getRepositoryService()),
        new TaskSignal());
    subscriptions.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> worked.size() == 2);
    assertThat(variablesSeen.get("declares-none")).isEmpty();
    assertThat(variablesSeen.get("declares-outcome")).containsExactly(Map.entry("outcome", "PROVIDED"));
  }
}
