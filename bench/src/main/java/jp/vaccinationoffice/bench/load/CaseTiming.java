package jp.vaccinationoffice.bench.load;

import java.time.Duration;
import java.time.Instant;

/** When one case started (the client's intake) and when it reached its end state. */
public record CaseTiming(Instant started, Instant ended) {

  public long latencyMillis() {
    return Math.max(0, Duration.between(started, ended).toMillis());
  }
}
