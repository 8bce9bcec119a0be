package jp.vaccinationoffice.workers.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.backoff.ExponentialBackoffStrategy;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * Subscribes every {@link CaseWorker} to its topic through one external-task client: fetch and
 * lock over the engine REST API with long polling, several tasks per request, the tasks worked on
 * by {@code handlerThreads} threads at once.
 */
public class WorkerSubscriptions {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerSubscriptions.class);

  private final List<CaseWorker> workers;
  private final WorkerProperties properties;
  private ExternalTaskClient client;
  private ExecutorService handlerPool;

  public WorkerSubscriptions(List<CaseWorker> workers, WorkerProperties properties) {
    this.workers = List.copyOf(workers);
    this.properties = properties;
  }

  /** The topic a worker class declares. */
  public static String topicOf(Class<?> workerClass) {
    ExternalTaskTopic topic = workerClass.getAnnotation(ExternalTaskTopic.class);
    if (topic == null) {
      throw new IllegalStateException(workerClass.getName() + " lacks @ExternalTaskTopic");
    }
    return topic.value();
  }

  public synchronized void start(String engineRestUrl, String password) {
    if (client != null) {
      return;
    }
    int threads = properties.handlerThreads();
    handlerPool = Executors.newFixedThreadPool(threads, handlerThreadFactory());
    Semaphore freeThreads = new Semaphore(threads);
    client = ExternalTaskClient.create()
        .baseUrl(engineRestUrl)
        .workerId(properties.workerId() != null ? properties.workerId() : "case-worker-" + ProcessHandle.current().pid())
        .addInterceptor(new BasicAuthProvider(properties.username(), password))
        .maxTasks(properties.maxTasks())
        .asyncResponseTimeout(properties.longPollTimeout().toMillis())
        .lockDuration(properties.lockDuration().toMillis())
        .backoffStrategy(new ExponentialBackoffStrategy(200, 2, 5_000))
        // a long poll the server never answers must not hold the worker (or a shutdown) for minutes
        .customizeHttpClient(http -> http
            .setDefaultRequestConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(properties.longPollTimeout().plusSeconds(10)))
                .build())
            // kept-alive connections for the long poll and each handler thread's report (default: 5)
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(threads + 2)
                .setMaxConnTotal(threads + 2)
                .build()))
        .build();
    for (CaseWorker worker : workers) {
      String topic = topicOf(ClassUtils.getUserClass(worker));
      client.subscribe(topic)
          .lockDuration(properties.lockDuration().toMillis())
          .handler(new ConcurrentTaskHandler(new CaseTaskHandler(topic, worker, properties.retryPolicy()),
              handlerPool, freeThreads))
          .open();
    }
    LOG.info("Workers subscribed at {} to {} ({} handler threads)", engineRestUrl, topics(), threads);
  }

  /**
   * Stops fetching. Waits at most {@code patience} for a long poll under way to end; the fetch
   * thread finishes on its own after that.
   */
  public synchronized void stop(Duration patience) {
    if (client == null) {
      return;
    }
    ExternalTaskClient stopping = client;
    ExecutorService stoppingPool = handlerPool;
    client = null;
    handlerPool = null;
    Thread stopper = new Thread(stopping::stop, "worker-subscriptions-stop");
    stopper.setDaemon(true);
    stopper.start();
    try {
      stopper.join(patience.toMillis());
      // tasks under way may finish; tasks not started yet are fetched again once their locks expire
      stoppingPool.shutdown();
      stoppingPool.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory handlerThreadFactory() {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "case-worker-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  public void stop() {
    stop(properties.longPollTimeout().plusSeconds(1));
  }

  public Set<String> topics() {
    Set<String> topics = new TreeSet<>();
    for (CaseWorker worker : workers) {
      topics.add(topicOf(ClassUtils.getUserClass(worker)));
    }
    return topics;
  }

  public List<CaseWorker> workers() {
    return new ArrayList<>(workers);
  }
}
