package jp.vaccinationoffice.workers.runtime;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the workers fetch and retry. {@code handlerThreads} tasks run at the same time; the fetch
 * waits while all of them are busy. A step spends much of its time waiting (for a national system's
 * answer, for its commit), so there are more of them than cores: with four, steps queued for a
 * handler and a move-in case's p99 at saturation was six times its median. A task created by this
 * node's engine is fetched at once; tasks of other nodes, expired locks and anything else are found
 * by a poll every {@code pollInterval}.
 */
@ConfigurationProperties("workers")
public record WorkerProperties(
    Boolean enabled,
    String workerId,
    Duration lockDuration,
    Integer maxTasks,
    Duration pollInterval,
    Integer retries,
    Duration retryInterval,
    Integer handlerThreads) {

  public WorkerProperties {
    enabled = enabled == null || enabled;
    lockDuration = lockDuration == null ? Duration.ofSeconds(30) : lockDuration;
    maxTasks = maxTasks == null ? 10 : maxTasks;
    pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
    retries = retries == null ? 3 : retries;
    retryInterval = retryInterval == null ? Duration.ofSeconds(5) : retryInterval;
    handlerThreads = handlerThreads == null ? 16 : handlerThreads;
    if (handlerThreads < 1) {
      throw new IllegalArgumentException("workers.handler-threads must be at least 1");
    }
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(retries, retryInterval);
  }
}
