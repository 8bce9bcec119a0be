package jp.vaccinationoffice.workers.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * Runs every {@link CaseWorker} on the tasks of its topic through the engine's Java API: one fetch
 * thread locks up to as many tasks as there are free handler threads, and {@code handlerThreads}
 * threads work on them. With nothing to fetch, the fetch thread sleeps until the {@link TaskSignal}
 * says a task was created (or a retry fell due), or the poll interval passes.
 */
public class WorkerSubscriptions {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerSubscriptions.class);

  private final Map<String, CaseWorker> workersByTopic = new LinkedHashMap<>();
  private final Map<String, List<String>> variablesByTopic = new LinkedHashMap<>();
  private final WorkerProperties properties;
  private final ExternalTaskService externalTasks;
  private final StepTransactions steps;
  private final ModeledErrors errors;
  private final TaskSignal signal;
  private final String workerId;
  private Thread fetchThread;
  private ExecutorService handlerPool;
  private volatile boolean running;

  public WorkerSubscriptions(List<CaseWorker> workers, WorkerProperties properties, ExternalTaskService externalTasks,
      StepTransactions steps, ModeledErrors errors, TaskSignal signal) {
    for (CaseWorker worker : workers) {
      Class<?> workerClass = ClassUtils.getUserClass(worker);
      String topic = topicOf(workerClass);
      workersByTopic.put(topic, worker);
      variablesByTopic.put(topic, variablesOf(workerClass));
    }
    this.properties = properties;
    this.externalTasks = externalTasks;
    this.steps = steps;
    this.errors = errors;
    this.signal = signal;
    this.workerId = properties.workerId() != null ? properties.workerId() : "case-worker-" + ProcessHandle.current().pid();
  }

  /** The topic a worker class declares. */
  public static String topicOf(Class<?> workerClass) {
    return declaration(workerClass).value();
  }

  /**
   * The variables fetched with a worker's tasks. An empty list would ask the engine for every variable
   * of the case; no variable is named by the empty string, so that name alone asks for none.
   */
  static List<String> variablesOf(Class<?> workerClass) {
    String[] names = declaration(workerClass).variables();
    return names.length == 0 ? List.of("") : List.of(names);
  }

  private static ExternalTaskTopic declaration(Class<?> workerClass) {
    ExternalTaskTopic topic = workerClass.getAnnotation(ExternalTaskTopic.class);
    if (topic == null) {
      throw new IllegalStateException(workerClass.getName() + " lacks @ExternalTaskTopic");
    }
    return topic;
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    int threads = properties.handlerThreads();
    handlerPool = Executors.newFixedThreadPool(threads, threadFactory("case-worker-"));
    Semaphore freeThreads = new Semaphore(threads);
    Map<String, CaseTaskHandler> handlers = new LinkedHashMap<>();
    CaseTaskHandler.Engine engine = new CaseTaskHandler.Engine(externalTasks, workerId, steps, errors, signal::signalIn);
    workersByTopic.forEach((topic, worker) ->
        handlers.put(topic, new CaseTaskHandler(topic, worker, properties.retryPolicy(), engine)));
    fetchThread = threadFactory("worker-fetch-" + workerId + "-").newThread(() -> fetchLoop(handlers, freeThreads));
    fetchThread.start();
    LOG.info("Workers subscribed as {} to {} ({} handler threads)", workerId, topics(), threads);
  }

  private void fetchLoop(Map<String, CaseTaskHandler> handlers, Semaphore freeThreads) {
    ExecutorService pool = handlerPool;
    while (running) {
      try {
        // wait for a free handler thread: never lock more tasks than can be worked on
        freeThreads.acquire();
        freeThreads.release();
        long seen = signal.generation();
        Set<String> topics = signal.takeTopics();
        int wanted = Math.min(properties.maxTasks(), freeThreads.availablePermits());
        List<LockedExternalTask> tasks = fetch(wanted, topics);
        for (LockedExternalTask task : tasks) {
          freeThreads.acquire();
          dispatch(pool, handlers.get(task.getTopicName()), task, freeThreads);
        }
        if (tasks.size() < wanted) {
          signal.awaitAfter(seen, properties.pollInterval().toMillis());
        } else {
          // there may be more, of these topics or others
          signal.signal();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        if (running) {
          LOG.warn("Fetching external tasks failed: {}", e.toString());
          sleep(properties.pollInterval());
        }
      }
    }
  }

  /**
   * The signaled topics, or every subscribed one ({@code null}); the oldest tasks first: without an
   * order the database answers in whatever order it finds the rows, and under load a task could wait
   * while newer ones are taken again and again.
   */
  private List<LockedExternalTask> fetch(int maxTasks, Set<String> signaledTopics) {
    List<String> topics = workersByTopic.keySet().stream()
        .filter(topic -> signaledTopics == null || signaledTopics.contains(topic)).toList();
    if (topics.isEmpty()) {
      return List.of();
    }
    ExternalTaskQueryBuilder fetch = externalTasks.fetchAndLock().workerId(workerId).maxTasks(maxTasks)
        .orderByCreateTime().asc().subscribe();
    for (String topic : topics) {
      fetch = fetch.topic(topic, properties.lockDuration().toMillis()).variables(variablesByTopic.get(topic));
    }
    return fetch.execute();
  }

  private static void dispatch(ExecutorService pool, CaseTaskHandler handler, LockedExternalTask task,
      Semaphore freeThreads) {
    try {
      pool.execute(() -> {
        try {
          handler.execute(task);
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

  /** Stops fetching; tasks under way may finish within {@code patience}, the others are fetched again once their locks expire. */
  public synchronized void stop(Duration patience) {
    if (!running) {
      return;
    }
    running = false;
    fetchThread.interrupt();
    handlerPool.shutdown();
    try {
      fetchThread.join(patience.toMillis());
      handlerPool.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public void stop() {
    stop(Duration.ofSeconds(5));
  }

  public Set<String> topics() {
    return new TreeSet<>(workersByTopic.keySet());
  }

  public List<CaseWorker> workers() {
    return new ArrayList<>(workersByTopic.values());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory threadFactory(String prefix) {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
