package jp.vaccinationoffice.bench.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Workers that do nothing but fetch-and-lock and complete the given topics, through the engine's
 * Java API. The Java API has no long polling, so an empty fetch waits a little before the next one.
 */
final class NoOpExternalTaskWorkers implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NoOpExternalTaskWorkers.class);
  private static final int MAX_TASKS = 10;
  private static final long LOCK_MILLIS = 30_000;
  private static final long IDLE_WAIT_MILLIS = 10;

  private final ExternalTaskService externalTasks;
  private final List<String> topics;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  NoOpExternalTaskWorkers(ExternalTaskService externalTasks, List<String> topics, int threadCount) {
    this.externalTasks = externalTasks;
    this.topics = List.copyOf(topics);
    for (int i = 0; i < threadCount; i++) {
      String workerId = "baseline-worker-" + i;
      Thread thread = new Thread(() -> work(workerId), workerId);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  private void work(String workerId) {
    while (running) {
      try {
        ExternalTaskQueryBuilder fetch = externalTasks.fetchAndLock(MAX_TASKS, workerId);
        for (String topic : topics) {
          fetch = fetch.topic(topic, LOCK_MILLIS);
        }
        List<LockedExternalTask> tasks = fetch.execute();
        for (LockedExternalTask task : tasks) {
          externalTasks.complete(task.getId(), workerId, Map.of());
        }
        if (tasks.isEmpty()) {
          Thread.sleep(IDLE_WAIT_MILLIS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        if (running) {
          LOG.warn("baseline worker {}: {}", workerId, e.toString());
        }
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join(5_000);
    }
  }
}
