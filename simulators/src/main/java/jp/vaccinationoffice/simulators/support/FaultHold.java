package jp.vaccinationoffice.simulators.support;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Holds requests for TIMEOUT and SLOW faults. Held requests are released on reset and when the
 * application context closes, so that a held request never keeps the web server from shutting down.
 */
@Component
public class FaultHold implements Resettable {

  private volatile CountDownLatch release = new CountDownLatch(1);

  /** Waits for {@code duration}; false when a reset or shutdown released the request early. */
  public boolean hold(Duration duration) {
    try {
      return !release.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @EventListener(ContextClosedEvent.class)
  public void releaseOnShutdown() {
    release.countDown();
  }

  @Override
  public synchronized void reset() {
    CountDownLatch held = release;
    release = new CountDownLatch(1);
    held.countDown();
  }
}
