package jp.vaccinationoffice.workers.runtime;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the workers reach the engine and how they retry. {@code engineRestUrl} empty means the engine
 * REST API of the server the workers run in. {@code handlerThreads} tasks run at the same time; the
 * fetch waits while all of them are busy.
 */
@ConfigurationProperties("workers")
public record WorkerProperties(
    Boolean enabled,
    String engineRestUrl,
    String username,
    String password,
    String workerId,
    Duration lockDuration,
    Integer maxTasks,
    Duration longPollTimeout,
    Integer retries,
    Duration retryInterval,
    Integer handlerThreads) {

  public WorkerProperties {
    enabled = enabled == null || enabled;
    username = username == null ? "caseworker" : username;
    lockDuration = lockDuration == null ? Duration.ofSeconds(30) : lockDuration;
    maxTasks = maxTasks == null ? 10 : maxTasks;
    longPollTimeout = longPollTimeout == null ? Duration.ofSeconds(20) : longPollTimeout;
    retries = retries == null ? 3 : retries;
    retryInterval = retryInterval == null ? Duration.ofSeconds(5) : retryInterval;
    handlerThreads = handlerThreads == null ? 4 : handlerThreads;
    if (handlerThreads < 1) {
      throw new IllegalArgumentException("workers.handler-threads must be at least 1");
    }
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(retries, retryInterval);
  }
}
