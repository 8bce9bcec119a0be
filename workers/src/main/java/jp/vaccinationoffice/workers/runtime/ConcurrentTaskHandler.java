package jp.vaccinationoffice.workers.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each fetched task to a pool of handler threads. The external-task client calls handlers one
 * after the other on its single fetch thread, so a task waiting for a national system would hold up
 * every task fetched with it. While all handler threads are busy, the fetch thread waits here: it
 * does not lock more tasks than can be worked on.
 */
final class ConcurrentTaskHandler implements ExternalTaskHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ConcurrentTaskHandler.class);

  private final ExternalTaskHandler handler;
  private final ExecutorService pool;
  private final Semaphore freeThreads;

  ConcurrentTaskHandler(ExternalTaskHandler handler, ExecutorService pool, Semaphore freeThreads) {
    this.handler = handler;
    this.pool = pool;
    this.freeThreads = freeThreads;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      freeThreads.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      pool.execute(() -> {
        try {
          handler.execute(task, service);
        } catch (RuntimeException e) {
          // the engine was not told; the task is fetched again when its lock expires
          LOG.warn("Case {} at {}: reporting to the engine failed: {}", task.getBusinessKey(), task.getActivityId(),
              e.toString());
        } finally {
          freeThreads.release();
        }
      });
    } catch (RejectedExecutionException stopping) {
      freeThreads.release();
    }
  }
}
