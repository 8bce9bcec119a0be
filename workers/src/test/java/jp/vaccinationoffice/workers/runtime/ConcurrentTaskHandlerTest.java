package jp.vaccinationoffice.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentTaskHandlerTest {

  ExternalTaskService service = mock(ExternalTaskService.class);
  ExecutorService pool = Executors.newFixedThreadPool(2);
  Semaphore freeThreads = new Semaphore(2);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void tasksFetchedTogetherRunAtTheSameTime() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ConcurrentTaskHandler handler = new ConcurrentTaskHandler((task, service) -> {
      bothStarted.countDown();
      await(release);
    }, pool, freeThreads);

    handler.execute(mock(ExternalTask.class), service);
    handler.execute(mock(ExternalTask.class), service);

    assertThat(bothStarted.await(5, TimeUnit.SECONDS)).isTrue();
    release.countDown();
  }

  @Test
  void theFetchThreadWaitsWhileEveryHandlerThreadIsBusy() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ConcurrentTaskHandler handler = new ConcurrentTaskHandler((task, service) -> await(release), pool, freeThreads);
    handler.execute(mock(ExternalTask.class), service);
    handler.execute(mock(ExternalTask.class), service);

    AtomicBoolean thirdHandedOver = new AtomicBoolean();
    Thread fetchThread = new Thread(() -> {
      handler.execute(mock(ExternalTask.class), service);
      thirdHandedOver.set(true);
    });
    fetchThread.start();
    fetchThread.join(300);
    assertThat(thirdHandedOver).isFalse();

    release.countDown();
    fetchThread.join(5_000);
    assertThat(thirdHandedOver).isTrue();
  }

  @Test
  void aFailingReportFreesItsThread() throws Exception {
    CountDownLatch ran = new CountDownLatch(3);
    ConcurrentTaskHandler handler = new ConcurrentTaskHandler((task, service) -> {
      ran.countDown();
      throw new IllegalStateException("engine unreachable");
    }, pool, freeThreads);

    for (int i = 0; i < 3; i++) {
      handler.execute(mock(ExternalTask.class), service);
    }

    assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
